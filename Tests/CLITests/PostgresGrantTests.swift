import Foundation
import Postgres
import TestSupport
import Testing

/// `airbulletin db grant` and row-level security (issue 14, "least privilege": a role for 文山州
/// cannot publish or withdraw anything of 昆明: the database refuses, and the command says so).
@Suite(.serialized, .enabled(if: PostgresCluster.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct PostgresGrantTests {
    /// 昆明's rows, as the owner wrote them: they must stay exactly so.
    static let kunmingRows = """
        SELECT 'bulletin', area_code, date, revision::text, site_published_at::text FROM bulletin WHERE area_code = '530100'
        UNION ALL SELECT 'index_number', organisation, year::text, serial::text, purpose FROM index_number
            WHERE organisation = '\(GrantedBureau.kunmingOrganisation)'
        UNION ALL SELECT 'notice', organisation, year::text, serial::text, title FROM notice
        UNION ALL SELECT 'notice_event', organisation, year::text, serial::text, reason FROM notice_event
        ORDER BY 1, 2, 3, 4
        """

    /// 昆明's bulletin of 2025-01-12 and one news notice (索引号 00001), written by the owner.
    func seedKunming(_ connection: PostgresConnection) throws {
        let kunming = GrantedBureau.kunmingOrganisation
        try connection.execute(
            """
            INSERT INTO bulletin (area_code, date, revision, standard, inputs_hash, document, operator, created_at)
                VALUES ('530100', '2025-01-12', 1, 'hj633-2012', 'h', '{}', '昆明', 1736640000);
            INSERT INTO index_number (organisation, year, serial, purpose) VALUES ('\(kunming)', 2025, 1, 'notice');
            INSERT INTO notice (organisation, year, serial, kind, title, issuer, published_at, published_on)
                VALUES ('\(kunming)', 2025, 1, 'news', '昆明市空气质量通报', '昆明市生态环境局', 1736640000, '2025-01-12');
            INSERT INTO notice_field (organisation, year, serial, key, value)
                VALUES ('\(kunming)', 2025, 1, 'body', '昆明市一月空气质量良好。');
            """)
    }

    @Test func aRolePublishesItsOwnAreasAndIsRefusedKunmingBeforeAnyFetch() throws {
        try GrantedBureau.with { bureau, connection in
            let endpoint = bureau.owner.endpoint
            let granted = try bureau.asOwner([
                "db", "grant", "--area", "532600", "--area", "532601", "--role", bureau.role,
            ])
            #expect(granted.status == 0, "\(granted.stdout)\(granted.stderr)")
            #expect(
                granted.stdout
                    == "granted 532600 文山州, 532601 文山市 to the role \(bureau.role) on the PostgreSQL server at "
                    + "\(endpoint) (database \(bureau.owner.database)): it may publish their bulletins, issue the 索引号 "
                    + "and notices of \(GrantedBureau.wenshanOrganisation), \(GrantedBureau.cityOrganisation) and store "
                    + "the readings of 2610A, 2611A; it reads every row\n"
                    + "the role \(bureau.role) publishes 532600, 532601\n")
            try seedKunming(connection)
            let kunming = try connection.execute(Self.kunmingRows).rows

            // Its own day: fetched and stored by the role, published with the issuers' first 索引号.
            let run = try bureau.asPublisher(["run", "--date", "2025-01-13"])
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
            #expect(
                try connection.execute("SELECT area_code, date, revision FROM bulletin ORDER BY area_code, date").rows
                    == [["530100", "2025-01-12", "1"], ["532600", "2025-01-13", "1"], ["532601", "2025-01-13", "1"]])
            #expect(
                try connection.execute(
                    "SELECT organisation, serial FROM index_number WHERE purpose = 'item' ORDER BY organisation"
                ).rows == [[GrantedBureau.wenshanOrganisation, "1"], [GrantedBureau.cityOrganisation, "1"]])
            #expect(try connection.execute("SELECT count(*) FROM station_hour").int64(0, 0) ?? 0 > 40)

            // 昆明: refused before any request upstream, nothing of it changed.
            let requests = bureau.server.requests.count
            let refusal =
                "the PostgreSQL role \(bureau.role) may not publish 530100 昆明市 on the server at \(endpoint) "
                + "(its areas: 532600, 532601); ask the database's owner to run airbulletin db grant --area 530100 "
                + "--role \(bureau.role)"
            let refused = try bureau.asPublisher(["run", "--area", "530100", "--date", "2025-01-13"])
            #expect(refused.status == 1)
            #expect(refused.stderr.hasSuffix("error: \(refusal)\n"), "\(refused.stderr)")
            #expect(refused.stdout == "run: not run — \(refusal)\n")
            let republished = try bureau.asPublisher([
                "republish", "--area", "530100", "--date", "2025-01-12", "--reason", "复核",
            ])
            #expect(republished.status == 1)
            #expect(republished.stderr.hasSuffix("error: \(refusal)\n"), "\(republished.stderr)")
            #expect(bureau.server.requests.count == requests)
            #expect(try connection.execute(Self.kunmingRows).rows == kunming)
        }
    }

    /// The role's own SQL: it reads the readings, and the server refuses (SQLSTATE 42501) each
    /// write of 昆明's rows, while the same writes of its own area go in.
    @Test func theServerRefusesTheRolesWritesOfAnotherArea() throws {
        try GrantedBureau.with { bureau, connection in
            try PostgresSchema.migrate(connection)
            _ = try PublisherGrant.grant(
                role: bureau.role,
                areas: [
                    PublisherGrant.Area(
                        code: .init("532601")!, organisation: GrantedBureau.cityOrganisation,
                        stations: [.init("2610A")!])
                ], at: .init(unixSeconds: 1_736_800_000), on: connection)
            try seedKunming(connection)
            try connection.execute(
                """
                INSERT INTO station (code, origin) VALUES ('2610A', 'list'), ('1001A', 'list');
                INSERT INTO import_batch (source, fetched_at) VALUES ('platform', 1736800000);
                INSERT INTO station_hour (station_id, hour, revision, batch_id, pm2_5, pm2_5_flag)
                    SELECT id, 481000, 1, 1, 35000, 0 FROM station;
                -- Kept, so that the append-only trigger lets the next revision through to the row policy.
                INSERT INTO station_hour_revision SELECT * FROM station_hour;
                """)
            let kunming = try connection.execute(Self.kunmingRows).rows
            let role = try bureau.publisherConnection()
            #expect(try role.execute("SELECT count(*) FROM station_hour").int64(0, 0) == 2)
            #expect(try role.execute("SELECT count(*) FROM reading_now").int64(0, 0) ?? 0 > 0)
            #expect(try role.execute("SELECT count(*) FROM bulletin").int64(0, 0) == 1)

            func refused(_ sql: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
                let error = #expect(throws: PostgresError.self, sourceLocation: sourceLocation) {
                    try role.execute(sql)
                }
                #expect(
                    error == .server(endpoint: bureau.owner.endpoint, sqlState: "42501", message: message),
                    sourceLocation: sourceLocation)
            }
            let org = GrantedBureau.kunmingOrganisation
            func rls(_ table: String) -> String { "new row violates row-level security policy for table \"\(table)\"" }
            refused(
                """
                INSERT INTO bulletin (area_code, date, revision, standard, inputs_hash, document, operator, created_at)
                VALUES ('530100', '2025-01-13', 1, 'hj633-2012', 'h', '{}', 'x', 1)
                """, rls("bulletin"))
            refused("UPDATE bulletin SET site_published_at = 1 WHERE area_code = '530100'", rls("bulletin"))
            refused(
                "INSERT INTO site_document (path, revision, content, created_at) VALUES ('reports/2025.html', 1, '', 1)",
                "permission denied for table site_document")
            refused(
                "INSERT INTO index_number (organisation, year, serial, purpose) VALUES ('\(org)', 2025, 2, 'item')",
                rls("index_number"))
            refused(
                """
                INSERT INTO notice (organisation, year, serial, kind, title, issuer, published_at, published_on)
                VALUES ('\(org)', 2025, 2, 'news', 'x', 'x', 1, '2025-01-13')
                """, rls("notice"))
            refused(
                """
                INSERT INTO notice_event (organisation, year, serial, sequence, kind, reason, happened_at, happened_on)
                VALUES ('\(org)', 2025, 1, 1, 'withdrawn', '撤回', 1, '2025-01-13')
                """, rls("notice_event"))
            refused(
                "UPDATE station_hour SET revision = 2 WHERE station_id = (SELECT id FROM station WHERE code = '1001A')",
                rls("station_hour"))
            refused("DELETE FROM bulletin", "permission denied for table bulletin")
            #expect(try connection.execute(Self.kunmingRows).rows == kunming)

            // Its own area and issuer: the same writes go in.
            try role.execute(
                """
                INSERT INTO bulletin (area_code, date, revision, standard, inputs_hash, document, operator, created_at)
                VALUES ('532601', '2025-01-13', 1, 'hj633-2012', 'h', '{}', 'x', 1)
                """)
            #expect(
                try role.execute("UPDATE bulletin SET site_published_at = 2 WHERE area_code = '532601'").affectedRows
                    == 1)
            try role.execute(
                """
                INSERT INTO index_number (organisation, year, serial, purpose)
                VALUES ('\(GrantedBureau.cityOrganisation)', 2025, 1, 'item')
                """)
        }
    }

    /// Every table and view of the schema has its line in the privileges `db grant` gives.
    @Test func theGrantNamesEveryTableOfTheSchema() throws {
        try PostgresCluster.withDatabase { _, connection in
            try PostgresSchema.migrate(connection)
            let tables = try connection.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
            ).rows.compactMap { $0[0] }
            #expect(PublisherGrant.tables.sorted() == tables)
        }
    }

    @Test func grantRefusalsSayWhatToDo() throws {
        try GrantedBureau.with { bureau, _ in
            let endpoint = bureau.owner.endpoint
            func noArea(_ area: String) -> String {
                "error: the PostgreSQL role \(bureau.role) may not publish \(area) on the server at \(endpoint) "
                    + "(it has no area); ask the database's owner to run airbulletin db grant --area "
                    + "\(area.prefix(6)) --role \(bureau.role)\n"
            }
            // Never granted: the role may not even read the schema, and the run says which grant to ask for.
            _ = try bureau.asOwner(["db", "grant", "--revoke", "--area", "532601", "--role", bureau.role])
            let ungranted = try bureau.asPublisher(["run", "--area", "532601", "--date", "2025-01-13"])
            #expect(ungranted.status == 1)
            #expect(ungranted.stderr.hasSuffix(noArea("532601 文山市")), "\(ungranted.stderr)")
            let missing = try bureau.asOwner([
                "db", "grant", "--area", "532601", "--role", "nobody\"; DROP TABLE bulletin; --",
            ])
            #expect(missing.status == 1)
            #expect(
                missing.stderr
                    == "error: there is no role \"nobody\"\"; DROP TABLE bulletin; --\" on the PostgreSQL server at "
                    + "\(endpoint): create it first, as a user who may create roles (psql: CREATE ROLE "
                    + "\"nobody\"\"; DROP TABLE bulletin; --\" LOGIN; then \\password \"nobody\"\"; DROP TABLE bulletin; --\"), "
                    + "give the password to its publisher (AIRBULLETIN_DATABASE_PASSWORD on that machine), and run this "
                    + "command again\n")
            let owner = try bureau.asOwner(["db", "grant", "--area", "532601", "--role", bureau.owner.user])
            #expect(owner.status == 1)
            #expect(
                owner.stderr
                    == "error: the role \"\(bureau.owner.user)\" on the PostgreSQL server at \(endpoint) is not "
                    + "restricted by row-level security (it owns the tables): it may write every area whatever db grant "
                    + "records; give each publisher a role of its own (CREATE ROLE name LOGIN) and grant that\n")
            let unknown = try bureau.asOwner(["db", "grant", "--area", "530199", "--role", bureau.role])
            #expect(unknown.status == 2)
            #expect(unknown.stderr.hasPrefix("error: no area \"530199\" in "), "\(unknown.stderr)")
            let sqlite = try bureau.asOwner(["--db", "air.sqlite", "db", "grant", "--area", "532601", "--role", "x"])
            #expect(sqlite.status == 2)
            #expect(
                sqlite.stderr
                    == "error: db grant gives roles of a PostgreSQL database, and the configuration has no [database] "
                    + "url (an SQLite database has no roles: whoever may write its file may publish every area); add "
                    + "[database] url = \"postgresql://OWNER@HOST:PORT/DBNAME\" naming the database's owner\n")

            // Granted, then revoked: the role publishes nothing and its run is refused.
            #expect(try bureau.asOwner(["db", "grant", "--area", "532601", "--role", bureau.role]).status == 0)
            let revoked = try bureau.asOwner(["db", "grant", "--revoke", "--area", "532601", "--role", bureau.role])
            #expect(
                revoked.stdout
                    == "revoked 532601 文山市 from the role \(bureau.role) on the PostgreSQL server at \(endpoint) "
                    + "(database \(bureau.owner.database)): it publishes no area now\n")
            let run = try bureau.asPublisher(["run", "--area", "532601", "--date", "2025-01-13"])
            #expect(run.status == 1)
            #expect(run.stderr.hasSuffix(noArea("532601 文山市")), "\(run.stderr)")

            // 532601 granted again, but its site also shows 532600, whose revisions it would mark as shown.
            #expect(try bureau.asOwner(["db", "grant", "--area", "532601", "--role", bureau.role]).status == 0)
            let site = try bureau.asPublisher(["run", "--area", "532601", "--date", "2025-01-13"])
            #expect(site.status == 1)
            #expect(
                site.stderr.hasSuffix(
                    "error: the PostgreSQL role \(bureau.role) may not publish 532600 文山州, which its site shows, on the "
                        + "server at \(endpoint) (its areas: 532601); set [site] areas to the role's areas, or ask the "
                        + "database's owner to run airbulletin db grant --area 532600 --role \(bureau.role)\n"),
                "\(site.stderr)")

            // Both granted, then 文山市's issuer changes in the configuration: the grant is out of date.
            #expect(try bureau.asOwner(["db", "grant", "--area", "532600", "--role", bureau.role]).status == 0)
            let stations = bureau.directory.appendingPathComponent("stations/province.toml")
            let moved = try String(contentsOf: stations, encoding: .utf8).replacingOccurrences(
                of: "org_code = \"\(GrantedBureau.cityOrganisation)\"",
                with: "org_code = \"\(GrantedBureau.wenshanOrganisation)\"")
            try moved.write(to: stations, atomically: true, encoding: .utf8)
            let stale = try bureau.asPublisher(["run", "--area", "532601", "--date", "2025-01-13"])
            #expect(stale.status == 1)
            #expect(
                stale.stderr.hasSuffix(
                    "error: the PostgreSQL role \(bureau.role) on the server at \(endpoint) was granted 532601 before "
                        + "the configuration changed (not granted: 532601 文山市: organisation "
                        + "\(GrantedBureau.wenshanOrganisation)); ask the database's owner to run airbulletin db grant "
                        + "--area 532601 --role \(bureau.role)\n"),
                "\(stale.stderr)")
            #expect(bureau.server.requests.isEmpty)
        }
    }
}
