import AQI
import Foundation
import HJ212
import Store
import TestSupport
import Testing

@testable import Receive

/// The writer commits a batch of packets as one import, unless a packet corrects a value an
/// earlier packet of the same batch sent: that one starts a new import, so that it becomes the
/// next revision and not a duplicate within one import.
@Suite struct StoreWriterTests {
    static let hour = HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 8)

    static func packet(_ station: String, _ pollutant: Pollutant, _ milli: Int32) throws -> PendingPacket {
        let reading = Reading(
            station: StationCode(station)!, pollutant: pollutant, hour: hour, value: Concentration(milli: milli))
        return PendingPacket(readings: try GroupedReadings([reading]), done: { _ in })
    }

    @Test func aBatchIsOneImportUntilAPacketRepeatsAValue() throws {
        let batch = [
            try Self.packet("2610A", .pm2_5, 63_000), try Self.packet("2611A", .pm2_5, 65_000),
            try Self.packet("2610A", .co, 700), try Self.packet("2610A", .pm2_5, 64_000),
            try Self.packet("2611A", .pm10, 70_000),
        ]
        #expect(StoreWriter.imports(of: batch).map(\.count) == [3, 2])
        #expect(StoreWriter.imports(of: Array(batch.prefix(3))).map(\.count) == [3])
        #expect(StoreWriter.imports(of: []).isEmpty)
    }

    /// Sent back to back on one connection (one read, most likely one batch): the correction is
    /// the value stored.
    @Test func aCorrectionSentRightAfterTheValueIsTheOneThatStands() throws {
        try ReceiveFixtures.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            client.send(
                ReceiveFixtures.good2610A(hour: 7, pm25: "63")
                    + ReceiveFixtures.good2610A(hour: 7, pm25: "64", qn: "20250115080059999"))
            #expect(client.line()?.contains("CN=9014") == true)
            #expect(client.line()?.contains("CN=9014") == true)
            let readings = try store.currentReadings(stations: [StationCode("2610A")!], hours: Self.hour...Self.hour)
            #expect(readings.map(\.value) == [Concentration(milli: 64_000)])
        }
    }

    /// Two imports of one batch: the second is screened against the first as well as the store.
    @Test func aLaterImportOfTheBatchSeesTheEarlierOne() throws {
        let day = LocalDate(year: 2025, month: 1, day: 15)
        func hours(_ range: ClosedRange<Int>) -> [Reading] {
            range.map {
                Reading(
                    station: StationCode("2610A")!, pollutant: .pm2_5, hour: HourStamp(date: day, endingAt: $0),
                    value: Concentration(milli: 63_000))
            }
        }
        let out = try StoreWriter.screened([hours(1...6), hours(7...12)], preceding: [])
        #expect(out.map(\.count) == [6, 12])
        #expect(out[0].readings.allSatisfy { $0.flag == .normal })
        #expect(out[1].readings.allSatisfy { $0.flag == .stuck })
        #expect(Set(out[1].readings.map(\.hour)) == Set(hours(1...12).map(\.hour)))
    }

    /// A logger that stopped updating sends one hour at a time: at the twelfth identical hour
    /// the whole run becomes stuck (QualityControl rule 3), the eleven stored hours as a new
    /// revision each, and the hours after it go on being stuck.
    @Test func aRunOfIdenticalHoursSentOneAtATimeIsStuckWhole() throws {
        try ReceiveFixtures.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            for start in 0...12 {
                // Each answered before the next is sent: one commit per packet, the run seen in the store.
                client.send(ReceiveFixtures.good2610A(hour: start, pm25: "63"))
                #expect(client.line()?.contains("CN=9014") == true)
            }
            let day = LocalDate(year: 2025, month: 1, day: 15)
            let hours = HourStamp(date: day, endingAt: 1)...HourStamp(date: day, endingAt: 13)
            let revisions = try store.readingRevisions(station: StationCode("2610A")!, hours: hours)
            let current = revisions.filter(\.isCurrent)
            #expect(current.count == 13)
            #expect(current.allSatisfy { $0.reading.flag == .stuck && $0.reading.value == Concentration(milli: 63_000) })
            // 01时…11时 were valid, then marked by the twelfth; 12时 and 13时 were stuck on arrival.
            #expect(revisions.map(\.revision) == Array(repeating: [1, 2], count: 11).flatMap { $0 } + [1, 1])
            #expect(revisions.filter { $0.revision == 1 }.prefix(11).allSatisfy { $0.reading.flag == .normal })
        }
    }
}
