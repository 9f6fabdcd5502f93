extension Migration {
    /// Published bulletins, append-only: revision 1, 2, … of each (area, day), each with the
    /// standard, the inputs hash, the reason, the operator and the time (ARCHITECTURE.md,
    /// Storage). `site_published_at` is set once the site swap that shows the revision
    /// succeeded, so a run after a crash finds what was committed but never shown.
    static let bulletins = Migration(
        id: "2026-11-28-4-bulletins",
        sql: """
            CREATE TABLE bulletin (
                id INTEGER PRIMARY KEY,
                area_code TEXT NOT NULL,
                date TEXT NOT NULL,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                standard TEXT NOT NULL,
                inputs_hash TEXT NOT NULL,
                document TEXT NOT NULL,
                reason TEXT,
                operator TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                site_published_at INTEGER,
                UNIQUE (area_code, date, revision),
                CHECK (revision = 1 OR reason IS NOT NULL)
            );
            CREATE INDEX bulletin_not_on_site ON bulletin (area_code, date, revision)
                WHERE site_published_at IS NULL;

            -- Nothing a user published is ever deleted or rewritten; only the site time is set.
            CREATE TRIGGER bulletin_is_never_deleted BEFORE DELETE ON bulletin
            BEGIN
                SELECT RAISE(ABORT, 'bulletin revisions are never deleted');
            END;
            CREATE TRIGGER bulletin_is_never_rewritten
            BEFORE UPDATE OF id, area_code, date, revision, standard, inputs_hash, document, reason, operator, created_at
            ON bulletin
            BEGIN
                SELECT RAISE(ABORT, 'a published bulletin revision is never rewritten: append a new revision');
            END;
            """)
}
