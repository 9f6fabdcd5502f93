import AQI
import Store

/// One import into PostgreSQL, inside its session's transaction (issue 14, "bulk import through
/// COPY"). The revisions are decided exactly as in the SQLite store, by the same
/// `StationHourMerge` over the same `GroupedReadings`; only the writing differs:
///
/// 1. the stations' stored rows over the import's hours are read, one query per chunk of stations;
/// 2. the merge's revisions, and the stored rows they supersede, go by binary COPY into the
///    temporary table `staged_station_hour`;
/// 3. SQL moves them: superseded rows into `station_hour_revision`, new station-hours into
///    `station_hour`, then one UPDATE pass per revision step for stored ones (the trigger
///    `station_hour_keeps_revisions` allows one revision at a time, the old one kept first).
struct StationHourImporter {
    let connection: PostgresConnection
    let source: String
    let fetchedAt: Instant
    let checkpoint: ImportCheckpoint?

    private(set) var counts = ImportCounts()
    /// The import batch, reserved with the first change: an import that changes nothing adds no
    /// batch row (a reserved id is never reused, so ids may have gaps).
    private var batchID: Int64?
    private var rowsSent = 0
    /// The most UPDATE passes one station-hour needs.
    private var updateSteps = 0

    /// Readings whose stored rows are read and merged at a time: bounds the memory of a national import.
    static let readingsPerChunk = 2_000_000

    init(connection: PostgresConnection, source: String, fetchedAt: Instant, checkpoint: ImportCheckpoint?) {
        self.connection = connection
        self.source = source
        self.fetchedAt = fetchedAt
        self.checkpoint = checkpoint
    }

    mutating func run(_ grouped: GroupedReadings) throws {
        let (readings, groups) = (grouped.readings, grouped.groups)
        var ids = try PostgresStations.ids(connection)
        let missing = groups.codes.filter { ids[$0] == nil }
        if !missing.isEmpty {
            ids.merge(try PostgresStations.registerSeenInReadings(missing, connection)) { $1 }
        }
        // Stations in id order, as the SQLite importer writes them.
        let work = groups.codes.enumerated().map { (id: ids[$0.element]!, group: $0.offset) }.sorted { $0.id < $1.id }
        try connection.execute(StagedStationHour.createTable)
        try connection.execute("TRUNCATE staged_station_hour")
        var merge = StationHourMerge()
        var start = 0
        while start < work.count {
            var end = start
            var size = 0
            while end < work.count, size == 0 || size + groups.sortedMembers(of: work[end].group).count <= Self.readingsPerChunk {
                size += groups.sortedMembers(of: work[end].group).count
                end += 1
            }
            let chunk = work[start..<end].map { (id: $0.id, order: groups.sortedMembers(of: $0.group)) }
            let stored = try storedRows(of: chunk, readings)
            var staged: [StagedStationHour] = []
            var steps = 0
            for (station, order) in chunk {
                try merge.merge(order, of: readings, keys: groups.keys, station: station, stored: stored[station] ?? []) {
                    row, old in
                    row.batch = try batch()
                    Self.stage(row, over: old, into: &staged, steps: &steps)
                    updateSteps = max(updateSteps, steps)
                }
            }
            if !staged.isEmpty { try send(staged) }
            start = end
        }
        counts = merge.counts
        guard batchID != nil else { return }
        try moveStagedRows()
    }

    /// Appends `row`, the next revision of its station-hour after `old`, to `staged`.
    /// `steps` counts the UPDATE passes of the current station-hour so far.
    private static func stage(
        _ row: StationHourRow, over old: StationHourRow?, into staged: inout [StagedStationHour], steps: inout Int
    ) {
        guard let old else {
            staged.append(StagedStationHour(row: row, superseded: false, current: .insert))
            steps = 0
            return
        }
        if let last = staged.last, last.row.station == old.station, last.row.hour == old.hour,
            last.row.revision == old.revision, !last.superseded
        {
            // A revision of this import superseded by the next (a pollutant repeated): kept, and a
            // new station-hour is inserted at its last revision only.
            staged[staged.count - 1].superseded = true
            if last.current == .insert { staged[staged.count - 1].current = .none }
            staged.append(StagedStationHour(row: row, superseded: false, current: last.current))
            if last.current == .update { steps += 1 }
        } else {
            staged.append(StagedStationHour(row: old, superseded: true, current: .none))
            staged.append(StagedStationHour(row: row, superseded: false, current: .update))
            steps = 1
        }
    }

    /// The stored rows of the chunk's stations over the hours each imports, by station, by hour.
    ///
    /// One index range scan per station (the `LATERAL … OFFSET 0` keeps the planner from
    /// flattening it): as a plain join, the planner chose a merge join on the station alone, which
    /// read every stored hour of each station and filtered the range afterwards, so each file of
    /// an import cost more than the one before (4.5 s a file in June of the national year).
    private func storedRows(of chunk: [(id: Int64, order: ArraySlice<Int32>)], _ readings: [Reading]) throws
        -> [Int64: [StationHourRow]]
    {
        func array(_ values: [Int64]) -> String { "{" + values.map(String.init).joined(separator: ",") + "}" }
        let result = try connection.execute(
            """
            SELECT h.station_id, h.hour, h.revision, h.batch_id, \(PostgresStations.readingColumns)
            FROM unnest($1::integer[], $2::integer[], $3::integer[]) AS r (station_id, first_hour, last_hour)
            CROSS JOIN LATERAL (
                SELECT * FROM station_hour AS s
                WHERE s.station_id = r.station_id AND s.hour BETWEEN r.first_hour AND r.last_hour
                OFFSET 0
            ) AS h
            ORDER BY h.station_id, h.hour
            """,
            [
                array(chunk.map(\.id)),
                array(chunk.map { Int64(readings[Int($0.order.first!)].hour.rawValue) }),
                array(chunk.map { Int64(readings[Int($0.order.last!)].hour.rawValue) }),
            ])
        var rows: [Int64: [StationHourRow]] = [:]
        for n in 0..<result.count {
            let station = result.int64(n, 0)!
            var row = StationHourRow(
                station: station, hour: result.int64(n, 1)!, revision: result.int64(n, 2)!, batch: result.int64(n, 3)!)
            for lane in 0..<6 {
                row.set(lane, value: result.int64(n, 4 + 2 * lane), flag: result.int64(n, 5 + 2 * lane))
            }
            rows[station, default: []].append(row)
        }
        return rows
    }

    /// Reserves the import's batch id with the first change; its row is written at the end.
    private mutating func batch() throws -> Int64 {
        if let batchID { return batchID }
        let result = try connection.execute("SELECT nextval(pg_get_serial_sequence('import_batch', 'id'))")
        batchID = result.int64(0, 0)!
        return batchID!
    }

    /// COPYs staged rows into `staged_station_hour`, calling the checkpoint as rows go out.
    private mutating func send(_ staged: [StagedStationHour]) throws {
        var sent = rowsSent
        let checkpoint = checkpoint
        try connection.copyIn(StagedStationHour.copy) { writer in
            for row in staged {
                try row.write(to: &writer)
                sent += 1
                if let checkpoint, sent % checkpoint.interval == 0 {
                    do {
                        try checkpoint.body(sent)
                    } catch {
                        throw StoreError.importInterrupted(rows: sent, reason: "\(error)")
                    }
                }
            }
        }
        rowsSent = sent
    }

    /// Moves the staged rows into the station-hour tables, in the order the triggers require.
    private func moveStagedRows() throws {
        let columns = StagedStationHour.columns
        try connection.execute(
            "INSERT INTO import_batch (id, source, fetched_at) VALUES ($1, $2, $3)",
            [String(batchID!), source, String(fetchedAt.unixSeconds)])
        try connection.execute("ANALYZE staged_station_hour")
        try connection.execute(
            """
            INSERT INTO station_hour_revision (\(columns))
                SELECT \(columns) FROM staged_station_hour WHERE superseded ORDER BY station_id, hour, revision;
            INSERT INTO station_hour (\(columns))
                SELECT \(columns) FROM staged_station_hour WHERE current = 1 ORDER BY station_id, hour;
            """)
        let assignments = columns.split(separator: ",").dropFirst(2).map { $0.trimmingCharacters(in: .whitespaces) }
            .map { "\($0) = s.\($0)" }.joined(separator: ", ")
        for _ in 0..<updateSteps {
            try connection.execute(
                """
                UPDATE station_hour AS h SET \(assignments)
                FROM staged_station_hour AS s
                WHERE s.current = 2 AND s.station_id = h.station_id AND s.hour = h.hour AND s.revision = h.revision + 1
                """)
        }
    }
}
