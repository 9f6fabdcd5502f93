extension Migration {
    /// The files of the published site that cannot be rendered again from the rest of the
    /// database (an annual report), append-only: revision 1, 2, … of each site path, a new one
    /// only when the content changed. A re-render of the site then never loses one.
    static let siteDocuments = Migration(
        id: "2026-12-06-10-site-documents",
        sql: """
            CREATE TABLE site_document (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                content BLOB NOT NULL,
                created_at INTEGER NOT NULL,
                UNIQUE (path, revision)
            );

            -- What was published stays: a change is the next revision.
            CREATE TRIGGER site_document_is_never_deleted BEFORE DELETE ON site_document
            BEGIN
                SELECT RAISE(ABORT, 'site document revisions are never deleted');
            END;
            CREATE TRIGGER site_document_is_never_rewritten BEFORE UPDATE ON site_document
            BEGIN
                SELECT RAISE(ABORT, 'a stored site document revision is never rewritten: append a new revision');
            END;
            """)
}
