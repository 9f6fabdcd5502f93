import AQI
import Store
import Testing

@Suite struct FetchLogTests {
    @Test func entriesRoundTripNewestFirst() throws {
        try withTemporaryStore { store, _ in
            let ok = FetchLogEntry(
                fetchedAt: 1_736_900_000, source: "cnemc", url: "https://example.org/china_sites_20250115.csv",
                httpStatus: 200, bytes: 1_900_000, durationMilliseconds: 840,
                counts: ImportCounts(added: 280_000, changed: 3, unchanged: 11), rejected: 2)
            let failed = FetchLogEntry(
                fetchedAt: 1_736_900_060, source: "openaq", url: "https://api.example.org/v3/sensors?api_key=REDACTED",
                httpStatus: nil, error: "timed out after 30 s", bytes: 0, durationMilliseconds: 30_000)
            let first = try store.appendFetchLog(ok)
            let second = try store.appendFetchLog(failed)
            #expect(first.id != nil && second.id != nil && first.id != second.id)
            let log = try store.fetchLog()
            #expect(log == [second, first])
            #expect(log[1].readingsAdded == 280_000 && log[1].readingsChanged == 3)
            #expect(log[1].readingsUnchanged == 11 && log[1].readingsRejected == 2)
            #expect(log[0].url == "https://api.example.org/v3/sensors?api_key=REDACTED")
            #expect(try store.fetchLog(limit: 1) == [second])
        }
    }

    @Test func aRetriedRequestKeepsARowPerAttemptWithItsWait() throws {
        try withTemporaryStore { store, _ in
            let url = "https://example.org/china_sites_20250115.csv"
            func attempt(_ number: Int, status: Int, waited: Int?) -> FetchLogEntry {
                FetchLogEntry(
                    fetchedAt: 1_736_900_000, source: "cnemc", url: url, httpStatus: status, bytes: 0,
                    durationMilliseconds: 12, attempt: number, waitedMilliseconds: waited)
            }
            let rows = [
                attempt(1, status: 500, waited: 75), attempt(2, status: 429, waited: 2_000),
                attempt(3, status: 200, waited: nil),
            ]
            let appended = try rows.map { entry throws(StoreError) in try store.appendFetchLog(entry) }
            let log = try store.fetchLog()
            #expect(log == appended.reversed())
            #expect(log.map(\.attempt) == [3, 2, 1])
            #expect(log.map(\.waitedMilliseconds) == [nil, 2_000, 75])
            #expect(log.map(\.httpStatus) == [200, 429, 500])
        }
    }

    @Test func anEntryGivenNoAttemptIsTheFirstWithNoWait() throws {
        let store = try Store.inMemory()
        let entry = FetchLogEntry(
            fetchedAt: 1, source: "s", url: "u", httpStatus: 200, bytes: 0, durationMilliseconds: 0)
        #expect(entry.attempt == 1 && entry.waitedMilliseconds == nil)
        try store.appendFetchLog(entry)
        let stored = try store.fetchLog()
        #expect(stored.map(\.attempt) == [1])
        #expect(stored.map(\.waitedMilliseconds) == [nil])
    }

    @Test func anEntryWithNeitherStatusNorErrorIsRefused() throws {
        let store = try Store.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.appendFetchLog(
                FetchLogEntry(fetchedAt: 1, source: "s", url: "u", httpStatus: nil, bytes: 0, durationMilliseconds: 0))
        }
        #expect(error?.description == "a fetch log entry's HTTP status or error text must not be empty")
        #expect(try store.fetchLog().isEmpty)
    }
}

@Suite struct RunLogTests {
    @Test func aRunIsStartedFinishedAndListed() throws {
        try withTemporaryStore { store, _ in
            let date = LocalDate(year: 2025, month: 1, day: 15)
            let first = try store.startRun(command: "run", date: date, startedAt: 1_000)
            try store.finishRun(id: first.id, finishedAt: 1_030, outcome: .warnings, summary: "2611A: no data")
            let second = try store.startRun(command: "republish", date: nil, startedAt: 2_000)
            let log = try store.runLog()
            #expect(log.map(\.id) == [second.id, first.id])
            #expect(log[0] == second)
            #expect(log[0].finishedAt == nil && log[0].outcome == nil)
            #expect(log[1].date == date && log[1].finishedAt == 1_030)
            #expect(log[1].outcome == .warnings && log[1].summary == "2611A: no data")
            #expect(try store.runLog(limit: 1).map(\.id) == [second.id])
        }
    }

    @Test func runsThatNeverFinishedAreClosedAsInterrupted() throws {
        try withTemporaryStore { store, _ in
            let date = LocalDate(year: 2025, month: 1, day: 15)
            let finished = try store.startRun(command: "run", date: date, startedAt: 1_000)
            try store.finishRun(id: finished.id, finishedAt: 1_030, outcome: .succeeded, summary: "published")
            let killed = try store.startRun(command: "run", date: date, startedAt: 2_000)
            let crashed = try store.startRun(command: "republish", date: nil, startedAt: 3_000)
            let before = try store.runLog()

            let closed = try store.closeInterruptedRuns(at: 4_000)

            let summary = "interrupted: no end was recorded (the process was killed or crashed); closed by the next run"
            #expect(Store.interruptedRunSummary == summary)
            #expect(closed.map(\.id) == [killed.id, crashed.id])
            for run in closed {
                #expect(run.finishedAt == 4_000 && run.outcome == .interrupted && run.summary == summary)
            }
            #expect(closed[0].startedAt == 2_000 && closed[0].command == "run" && closed[0].date == date)
            #expect(closed[1].startedAt == 3_000 && closed[1].command == "republish" && closed[1].date == nil)
            let after = try store.runLog()
            #expect(after == closed.reversed() + [before[2]])
            #expect(after[2].outcome == .succeeded && after[2].finishedAt == 1_030 && after[2].summary == "published")
            // Nothing is left open, so a second call closes nothing.
            #expect(try store.closeInterruptedRuns(at: 5_000) == [])
            #expect(try store.runLog() == after)
        }
    }

    @Test func closingWithNoRunsClosesNothing() throws {
        #expect(try Store.inMemory().closeInterruptedRuns(at: 1) == [])
    }

    @Test func finishingAnUnknownRunFails() throws {
        let store = try Store.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.finishRun(id: 42, finishedAt: 1, outcome: .failed, summary: "")
        }
        #expect(error?.description == "there is no run 42 in the run log")
    }
}
