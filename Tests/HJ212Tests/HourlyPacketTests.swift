import AQI
import HJ212
import Testing

@Suite struct HourlyPacketTests {
    static func segment(_ cp: String, cn: String = "2061") -> DataSegment {
        DataSegment(qn: "20250115080000123", st: "22", cn: cn, pw: "pw", mn: "M2610A", flag: 5, cp: cp)
    }

    @Test func anHourlyPacketGivesItsHourAndValues() throws {
        let packet = try HourlyPacket(
            Self.segment(
                "DataTime=20250115070000;a34004-Avg=36,a34004-Flag=N;a21026-Avg=0.012,a21026-Flag=M;"
                    + "a05024-Avg=80;a0502408-Avg=70,a0502408-Flag=N;a01001-Avg=12.5"))
        #expect(packet.hour == HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 8))
        #expect(
            packet.values.map { "\($0.pollutant.label) \($0.average ?? "-") \($0.flag.rawValue)" }
                == ["PM2.5 36 N", "SO2 0.012 M", "O3 80 N"])
        #expect(packet.otherCodes == ["a0502408", "a01001"])
    }

    @Test func aPacketOtherThan2061OrWithABadFlagIsRefused() {
        #expect(throws: SegmentError.badField("CN")) {
            try HourlyPacket(Self.segment("DataTime=20250115070000;a34004-Rtd=36", cn: "2011"))
        }
        #expect(throws: SegmentError.badField("a34004-Flag")) {
            try HourlyPacket(Self.segment("DataTime=20250115070000;a34004-Avg=36,a34004-Flag=Q"))
        }
        #expect(throws: SegmentError.badField("DataTime")) {
            try HourlyPacket(Self.segment("DataTime=20250115073000;a34004-Avg=36"))
        }
    }
}
