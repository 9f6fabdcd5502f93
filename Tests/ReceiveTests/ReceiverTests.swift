import AQI
import Foundation
import HJ212
import Receive
import Store
import TestSupport
import Testing

/// A receiver on 127.0.0.1: hourly packets stored and answered, and every way a packet can be
/// wrong answered or refused while a good packet of another connection is still stored.
@Suite(.serialized) struct ReceiverTests {
    typealias F = ReceiveFixtures
    static let hour8 = HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 8)
    static let station2610A = StationCode("2610A")!

    func pm25(_ store: Store, _ hour: HourStamp = hour8) throws -> Concentration? {
        try store.currentReadings(stations: [Self.station2610A], hours: hour...hour).first { $0.pollutant == .pm2_5 }?
            .value
    }

    @Test func anHourlyPacketIsStoredAsTheHourEndingAnHourLaterAndAnsweredAfterItsCommit() throws {
        try F.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            let segment = F.hourlySegment(
                mn: F.mn2610A, pw: "123456", dataTime: "20250115070000",
                values: [.init(code: "a34004", average: "63"), .init(code: "a21005", average: "0.7")])
            client.send(F.packet(segment))
            let answer = try #require(client.line())
            let expected = DataAnswer.dataAnswer(to: try DataSegment(parsing: Array(segment.utf8)))
            #expect(answer == String(decoding: expected, as: UTF8.self))
            #expect(answer.contains("CN=9014") && answer.contains("QN=20250115080012345"))
            // Answered only after the commit: the readings are there when the answer arrives.
            // DataTime 07:00 is the hour 07:00–08:00, the project's "08时".
            let readings = try store.currentReadings(stations: [Self.station2610A], hours: Self.hour8...Self.hour8)
            #expect(
                Set(readings) == [
                    Reading(station: Self.station2610A, pollutant: .pm2_5, hour: Self.hour8, value: Concentration(milli: 63_000)),
                    Reading(station: Self.station2610A, pollutant: .co, hour: Self.hour8, value: Concentration(milli: 700)),
                ])
            #expect(server.counts.stored == 1)
        }
    }

    @Test func aPacketNotAskingForAnAnswerIsStoredUnanswered() throws {
        try F.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            client.send(
                F.packet(
                    F.hourlySegment(
                        mn: F.mn2610A, pw: "123456", dataTime: "20250115070000",
                        values: [.init(code: "a34004", average: "63")], flag: 4)))
            #expect(F.eventually { server.counts.stored == 1 })
            #expect(client.line(milliseconds: 200) == nil)
            #expect(try pm25(store) == Concentration(milli: 63_000))
        }
    }

    /// Bytes that are wrong in one way, and what the connection gets back (nil: nothing).
    static let malformed: [(String, [UInt8], String?)] = {
        let good = F.good2610A(hour: 9)
        var badCRC = good
        badCRC[badCRC.count - 3] = badCRC[badCRC.count - 3] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        var badLength = good
        badLength[5] = badLength[5] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        let overLong = Array("##9999QN=".utf8) + Array(repeating: UInt8(ascii: "x"), count: PacketLimits.maximumPacket + 10)
            + Array("\r\n".utf8)
        var random = SeededGenerator(seed: 212)
        let garbage = (0..<5_000).map { _ in UInt8.random(in: 0...255, using: &random) }.filter { $0 != 0x23 }
        return [
            ("bad CRC", badCRC, "QnRtn=9&&"),
            ("bad length", badLength, "QnRtn=100&&"),
            ("missing ##", Array(good.dropFirst(2)), nil),
            ("no CR LF", Array(good.dropLast(2)), nil),
            ("over-long segment", overLong, nil),
            ("garbage bytes", garbage, nil),
        ]
    }()

    @Test(arguments: 0..<6)
    func aMalformedPacketIsAnsweredOrRefusedAndTheConnectionKept(_ index: Int) throws {
        let (name, bytes, answer) = Self.malformed[index]
        try F.withServer { server, store in
            let bad = try LoopbackClient(port: server.port)
            bad.send(bytes)
            if let answer {
                let line = try #require(bad.line(), "\(name)")
                #expect(line.contains("CN=9011"), "\(name): \(line)")
                #expect(line.contains(answer), "\(name): \(line)")
            }
            // Another station's good packet is stored meanwhile…
            let other = try LoopbackClient(port: server.port)
            other.send(F.good2610A(hour: 7))
            #expect(other.line()?.contains("CN=9014") == true, "\(name)")
            // …and the same connection still takes a good packet.
            bad.send(F.good2610A(hour: 8, pm25: "41", qn: "20250115090000000"))
            #expect(bad.line()?.contains("CN=9014") == true, "\(name)")
            #expect(try pm25(store) == Concentration(milli: 63_000))
            #expect(try pm25(store, Self.hour8.adding(hours: 1)) == Concentration(milli: 41_000))
            #expect(try pm25(store, Self.hour8.adding(hours: 2)) == nil, "\(name): the bad packet was stored")
        }
    }

    /// A logger that sends several packets at once (its backlog, HJ 212—2017 §6.5) gets every
    /// answer: the minute packets' in their order at once, the hourly ones' in theirs after
    /// their commit.
    @Test func severalPacketsInOneWriteAreAllAnsweredInTheirOrder() throws {
        try F.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            let minuteQNs = (0..<30).map { "2025011508\(String(format: "%07d", $0))" }
            let hourlyQNs = (0..<10).map { "2025011509\(String(format: "%07d", $0))" }
            var bytes: [UInt8] = []
            for n in 0..<30 {
                bytes += F.packet(
                    F.hourlySegment(
                        mn: F.mn2610A, pw: "123456", dataTime: "20250115073000",
                        values: [.init(code: "a34004", average: "70")], qn: minuteQNs[n], cn: "2051"))
                if n % 3 == 0 {
                    bytes += F.good2610A(hour: n / 3, pm25: "\(40 + n)", qn: hourlyQNs[n / 3])
                }
            }
            client.send(bytes)
            var answered: [String] = []
            for _ in 0..<40 {
                let line = try #require(client.line())
                #expect(line.contains("CN=9014"))
                let qn = try #require(line.firstRange(of: "QN=")).upperBound
                answered.append(String(line[qn...].prefix(17)))
            }
            #expect(answered.filter(minuteQNs.contains) == minuteQNs)
            #expect(answered.filter(hourlyQNs.contains) == hourlyQNs)
            #expect(server.counts.minute == 30 && server.counts.stored == 10)
            let hour10 = HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 10)
            #expect(try pm25(store, hour10) == Concentration(milli: 67_000))
        }
    }

    /// HJ 212—2017 §6.3.2 Table 4: Flag's V5…V0 give the edition, 0 HJ/T 212—2005 and 1 HJ 212—2017.
    /// Another number (HJ 212—2025's could not be checked) is taken, answered and counted.
    @Test func aPacketOfAnotherFlagVersionIsStoredAnsweredAndCounted() throws {
        try F.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            // Flag 1: 2005 (version 0), answer wanted; Flag 9: version 2, answer wanted.
            for (hour, flag) in [(7, 1), (8, 9)] {
                client.send(
                    F.packet(
                        F.hourlySegment(
                            mn: F.mn2610A, pw: "123456", dataTime: "20250115\(String(format: "%02d", hour))0000",
                            values: [.init(code: "a34004", average: "\(hour)")], flag: flag)))
                #expect(client.line()?.contains("CN=9014") == true)
            }
            #expect(server.counts.stored == 2 && server.counts.unknownVersion == 1)
            #expect(server.counts.summary.hasSuffix(", unknown Flag version 1"))
            #expect(try pm25(store) == Concentration(milli: 7_000))
            #expect(try pm25(store, Self.hour8.adding(hours: 1)) == Concentration(milli: 8_000))
        }
    }

    @Test func aConnectionDroppedMidPacketStoresNothingAndOthersGoOn() throws {
        try F.withServer { server, store in
            let dropped = try LoopbackClient(port: server.port)
            dropped.send(F.good2610A(hour: 9).prefix(50))
            dropped.reset()
            let other = try LoopbackClient(port: server.port)
            other.send(F.good2610A(hour: 7))
            #expect(other.line()?.contains("CN=9014") == true)
            #expect(try pm25(store, Self.hour8.adding(hours: 2)) == nil)
        }
    }

    @Test func aSlowSenderSendingByteByByteIsAnswered() throws {
        try F.withServer { server, store in
            let slow = try LoopbackClient(port: server.port)
            for byte in F.good2610A(hour: 7) {
                slow.send([byte])
                usleep(500)
            }
            #expect(slow.line()?.contains("CN=9014") == true)
            #expect(try pm25(store) == Concentration(milli: 63_000))
        }
    }

    @Test func thePartsOfASplitPacketAreStoredInWhateverOrderTheyCome() throws {
        try F.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            let part2 = F.hourlySegment(
                mn: F.mn2610A, pw: "123456", dataTime: "20250115070000", values: [.init(code: "a21005", average: "0.7")],
                split: (2, 2))
            let part1 = F.hourlySegment(
                mn: F.mn2610A, pw: "123456", dataTime: "20250115070000", values: [.init(code: "a34004", average: "63")],
                split: (2, 1))
            client.send(F.packet(part2) + F.packet(part1))
            #expect(client.line()?.contains("CN=9014") == true)
            #expect(client.line()?.contains("CN=9014") == true)
            let readings = try store.currentReadings(stations: [Self.station2610A], hours: Self.hour8...Self.hour8)
            #expect(Set(readings.map(\.pollutant)) == [.co, .pm2_5])
        }
    }

    @Test(arguments: [("99999999999999", "123456", "unknown MN"), (F.mn2610A, "wrong", "wrong password")])
    func aPacketOfAnUnknownMNOrWithAWrongPasswordIsRefusedAndNeverStored(_ mn: String, _ pw: String, _ reason: String)
        throws
    {
        try F.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            client.send(
                F.packet(
                    F.hourlySegment(
                        mn: mn, pw: pw, dataTime: "20250115090000", values: [.init(code: "a34004", average: "99")])))
            #expect(client.line(milliseconds: 300) == nil)
            let other = try LoopbackClient(port: server.port)
            other.send(F.good2610A(hour: 7))
            #expect(other.line()?.contains("CN=9014") == true)
            #expect(server.counts.refused.first?.key.name == reason)
            #expect(try pm25(store, Self.hour8.adding(hours: 2)) == nil)
        }
    }

    @Test func realTimeAndMinuteValuesAreCountedAndAnsweredButNeverStored() throws {
        try F.withServer { server, store in
            let client = try LoopbackClient(port: server.port)
            for cn in ["2011", "2051"] {
                client.send(
                    F.packet(
                        F.hourlySegment(
                            mn: F.mn2610A, pw: "123456", dataTime: "20250115073000",
                            values: [.init(code: "a34004", average: "70")], cn: cn, field: cn == "2011" ? "Rtd" : "Avg")))
                #expect(client.line()?.contains("CN=9014") == true)
            }
            #expect(server.counts.realTime == 1 && server.counts.minute == 1 && server.counts.stored == 0)
            #expect(try store.readingCounts().readings == 0)
        }
    }

    @Test func aFullQueueStopsReadingUntilTheWriterCatchesUpAndLosesNothing() throws {
        try F.withServer(limits: ReceiverLimits(queueCapacity: 2, batchSize: 3)) { server, store in
            let client = try LoopbackClient(port: server.port)
            var bytes: [UInt8] = []
            for n in 0..<200 {
                let day = LocalDate(year: 2025, month: 1, day: 1).adding(days: n / 24)
                let stamp = "\(day.description.replacingOccurrences(of: "-", with: ""))\(String(format: "%02d", n % 24))0000"
                bytes += F.packet(
                    F.hourlySegment(
                        mn: F.mn2610A, pw: "123456", dataTime: stamp, values: [.init(code: "a34004", average: "\(n)")]))
            }
            client.send(bytes)
            for _ in 0..<200 { #expect(client.line()?.contains("CN=9014") == true) }
            #expect(server.counts.stored == 200)
            #expect(try store.readingCounts().readings == 200)
        }
    }

    @Test func anIdleConnectionIsClosed() throws {
        try F.withServer(limits: ReceiverLimits(idleTimeoutSeconds: 1)) { server, _ in
            let client = try LoopbackClient(port: server.port)
            #expect(client.isClosedByPeer(milliseconds: 4_000))
            #expect(F.eventually { server.counts.idleClosed == 1 })
        }
    }

    /// 1,000 connections (the fd limit here is 20,000), 900 allowed.
    @Test func connectionsBeyondTheMaximumAreRefusedWithoutLosingAGoodPacket() throws {
        try F.withServer(limits: ReceiverLimits(maximumConnections: 900)) { server, store in
            var clients: [LoopbackClient] = []
            for _ in 0..<1_000 { clients.append(try LoopbackClient(port: server.port)) }
            #expect(F.eventually { server.counts.connections + server.counts.connectionsRefused == 1_000 })
            #expect(server.counts.connectionsRefused == 100)
            clients[0].send(F.good2610A(hour: 7))
            #expect(clients[0].line()?.contains("CN=9014") == true)
            #expect(try pm25(store) == Concentration(milli: 63_000))
        }
    }
}
