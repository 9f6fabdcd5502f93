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

    @Test func finishingAnUnknownRunFails() throws {
        let store = try Store.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.finishRun(id: 42, finishedAt: 1, outcome: .failed, summary: "")
        }
        #expect(error?.description == "there is no run 42 in the run log")
    }
}
