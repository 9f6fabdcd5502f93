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
        #expect(try StoreWriter.imports(of: batch).map(\.count) == [3, 2])
        #expect(try StoreWriter.imports(of: Array(batch.prefix(3))).map(\.count) == [3])
        #expect(try StoreWriter.imports(of: []).isEmpty)
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
}
