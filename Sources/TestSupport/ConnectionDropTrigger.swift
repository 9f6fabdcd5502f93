/// A fault for the PostgreSQL tests (issue 14: "the connection drops mid-run"): SQL that makes the
/// test database end the session inserting the bulletin revision of `date`, in the middle of
/// the transaction that appends a run's revisions; `dropSQL` removes it again.
public enum ConnectionDropTrigger {
    public static func createSQL(onBulletinOf date: String) -> String {
        """
        CREATE FUNCTION test_drop_connection() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.date = '\(date)' THEN
                PERFORM pg_terminate_backend(pg_backend_pid());
                PERFORM pg_sleep(30);
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER test_drop_connection AFTER INSERT ON bulletin
            FOR EACH ROW EXECUTE FUNCTION test_drop_connection();
        """
    }

    public static let dropSQL = "DROP TRIGGER test_drop_connection ON bulletin"
}
