extension PostgresMigration {
    /// `2026-12-07-2-publisher-areas`, PostgreSQL's own (issue 14, "least privilege": a
    /// publisher's role may publish only its own areas' bulletins and notices, reading the shared
    /// readings). SQLite has no roles, so it has no such migration.
    ///
    /// `publisher_area` records which role may publish which area, with the organisation of the
    /// area's issuer (the 索引号 and notices belong to it); `publisher_station` the stations of
    /// each granted area, whose readings a run of the role fetches and stores. `db grant`
    /// (`PublisherGrant`) writes both from the configuration. Row-level security then lets a role
    /// that does not own the tables read every row and write only those rows:
    ///
    /// | table | a publisher's role writes |
    /// |---|---|
    /// | bulletin | INSERT, UPDATE (site_published_at) of a granted area |
    /// | index_number, notice, notice_field, notice_event | INSERT of a granted area's organisation |
    /// | station | INSERT of a granted station (first seen in readings) |
    /// | station_hour | INSERT, UPDATE of a granted station |
    /// | station_hour_revision | INSERT of a granted station |
    ///
    /// The owner (who runs `import` and `db grant`) is not restricted: row-level security is
    /// enabled, not forced, and an owner bypasses it. The append-only triggers stay as they were.
    static let publisherAreas = PostgresMigration(
        id: "2026-12-07-2-publisher-areas",
        sql: """
            CREATE TABLE publisher_area (
                role_name text NOT NULL,
                area_code text NOT NULL,
                -- The organisation code of the area's issuer when granted: its 索引号 and notices.
                organisation text NOT NULL,
                granted_at bigint NOT NULL,
                PRIMARY KEY (role_name, area_code)
            );
            CREATE INDEX publisher_area_by_organisation ON publisher_area (role_name, organisation);

            CREATE TABLE publisher_station (
                role_name text NOT NULL,
                area_code text NOT NULL,
                station_code text NOT NULL,
                PRIMARY KEY (role_name, area_code, station_code),
                FOREIGN KEY (role_name, area_code) REFERENCES publisher_area (role_name, area_code) ON DELETE CASCADE
            );

            \(rowSecurity)
            CREATE POLICY publisher_appends_granted_areas ON bulletin FOR INSERT WITH CHECK (\(grantedArea));
            CREATE POLICY publisher_marks_granted_areas ON bulletin FOR UPDATE USING (true) WITH CHECK (\(grantedArea));
            \(organisationPolicies)
            CREATE POLICY publisher_registers_granted_stations ON station FOR INSERT WITH CHECK (\(grantedStationCode));
            CREATE POLICY publisher_appends_granted_stations ON station_hour FOR INSERT WITH CHECK (\(grantedStation));
            CREATE POLICY publisher_revises_granted_stations ON station_hour FOR UPDATE
                USING (true) WITH CHECK (\(grantedStation));
            CREATE POLICY publisher_keeps_granted_stations ON station_hour_revision FOR INSERT
                WITH CHECK (\(grantedStation));
            """)

    /// Row-level security on every table a publisher writes rows of an area into, each row readable by all.
    private static let rowSecurity = [
        "bulletin", "index_number", "notice", "notice_field", "notice_event", "station", "station_hour",
        "station_hour_revision",
    ].map { table in
        """
        ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY;
        CREATE POLICY publisher_reads_every_row ON \(table) FOR SELECT USING (true);

        """
    }.joined()

    /// The 索引号 and the notices belong to an organisation, the issuer of the areas granted.
    private static let organisationPolicies = ["index_number", "notice", "notice_field", "notice_event"].map { table in
        """
        CREATE POLICY publisher_appends_granted_organisations ON \(table) FOR INSERT
            WITH CHECK (\(grantedOrganisation));

        """
    }.joined()

    // An UPDATE policy sees every row (USING true) and checks the row it would write: an update
    // of another area's row is refused with SQLSTATE 42501, not passed over as no row.
    //
    // The conditions are uncorrelated subqueries: the server evaluates each once per statement
    // (a hashed subplan), not once per row of an INSERT … SELECT.

    private static let grantedArea =
        "area_code IN (SELECT area_code FROM publisher_area WHERE role_name = current_user)"
    private static let grantedOrganisation =
        "organisation IN (SELECT organisation FROM publisher_area WHERE role_name = current_user)"
    private static let grantedStationCode =
        "code IN (SELECT station_code FROM publisher_station WHERE role_name = current_user)"
    private static let grantedStation = """
        station_id IN (SELECT s.id FROM station AS s JOIN publisher_station AS p ON p.station_code = s.code
                WHERE p.role_name = current_user)
        """
}
