import CLibPQ

extension PostgresConnection {
    /// Reads the results of the command in flight until libpq has none left, and returns the
    /// first failure. It always ends: a result still in a COPY state (which `PQgetResult` hands
    /// back again and again while the COPY is open, the loop the first server-restart test hung
    /// in) ends the COPY or, when it cannot be ended, stops the loop; so does a connection that
    /// is gone (issue 14, faults: "the server restarts mid-import").
    func drainResults() -> PostgresError? {
        var failed: PostgresError?
        var copyEnded = false
        while let result = PQgetResult(handle) {
            let status = PQresultStatus(result)
            switch status {
            case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
                break
            case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
                PQclear(result)
                if failed == nil { failed = failure(nil) }
                // Once only: a COPY that its end did not close is on a connection that no longer works.
                guard !copyEnded, PQstatus(handle) == CONNECTION_OK,
                    PQputCopyEnd(handle, "airbulletin stopped the COPY") == 1
                else { return failed }
                copyEnded = true
                continue
            default:
                if failed == nil { failed = failure(result) }
            }
            PQclear(result)
        }
        return failed
    }
}
