/// Called during an import after every `interval` rows written (station-hours, or the notices of
/// `addNotices`), with the number written so far. Throwing stops the import and rolls it back
/// whole: tests inject faults with it, and a long national import can report progress or be
/// cancelled.
public struct ImportCheckpoint {
    public let interval: Int
    public let body: (_ rowsWritten: Int) throws -> Void

    public init(every interval: Int, _ body: @escaping (_ rowsWritten: Int) throws -> Void) {
        precondition(interval > 0, "a checkpoint interval is at least one row")
        self.interval = interval
        self.body = body
    }
}
