/// A job that failed (exit 1): `error: <message>` on stderr and, for a command whose stdout is
/// the job's log (`run`, `republish`), the line that log ends with.
struct JobFailure: Error, CustomStringConvertible {
    let message: String
    /// `run: failed — …`, `republish: not run — …`
    let logLine: String?

    init(_ message: String, log logLine: String? = nil) {
        self.message = message
        self.logLine = logLine
    }

    var description: String { message }
}
