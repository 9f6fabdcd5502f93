import AQI
import HJ212
import Testing

@Suite struct PacketFrameTests {
    /// The real packet of issue 15 (ST=22, real-time).
    static let real =
        "##0317QN=20191012133710130;ST=22;CN=2011;PW=123456;MN=Y80110010000010;Flag=4;CP=&&DataTime=20191012133710;a21005-Rtd=0.00,a21005-Flag=N;a21004-Rtd=0.00,a21004-Flag=N;a21007-Rtd=0.033,a21007-Flag=N;a21006-Rtd=0.036,a21006-Flag=N;a21001-Rtd=25.40,a21001-Flag=N;a21003-Rtd=101.94,a21003-Flag=N;a21002-Rtd=49.20,a21002-Flag=N&&cc01\r\n"

    @Test func theRealPacketsLengthAndCRCCheckOut() throws {
        let segment = try PacketFrame.segment(of: Array(Self.real.utf8))
        #expect(segment.count == 317)
        #expect(PacketCRC.checksum(segment) == 0xCC01)
        #expect(PacketCRC.hex(0xCC01) == "cc01")
        let parsed = try DataSegment(parsing: segment)
        #expect(parsed.qn == "20191012133710130")
        #expect(parsed.st == "22")
        #expect(parsed.cn == "2011")
        #expect(parsed.mn == "Y80110010000010")
        #expect(parsed.flag == 4 && !parsed.wantsAnswer && !parsed.isSplit && parsed.version == 1)
        let items = try DataItems(parsing: parsed.cp)
        #expect(items.dataTime == "20191012133710")
        #expect(items.codes == ["a21005", "a21004", "a21007", "a21006", "a21001", "a21003", "a21002"])
        #expect(items.fields["a21004"] == ["Rtd": "0.00", "Flag": "N"])
        #expect(items.fields["a21007"]?["Rtd"] == "0.033")
    }

    @Test func theCRCIsNotMODBUS() {
        // CRC-16/MODBUS of "123456789" is 0x4B37; this one differs.
        #expect(PacketCRC.checksum(Array("123456789".utf8)) != 0x4B37)
    }

    @Test func wrapThenReadGivesTheSegmentBack() throws {
        let text =
            "QN=20250115080000000;ST=22;CN=2061;PW=s;MN=M1;Flag=5;"
            + "CP=&&DataTime=20250115070000;a34004-Avg=36,a34004-Flag=N&&"
        let packet = PacketFrame.wrap(text)
        #expect(String(decoding: packet.prefix(6), as: UTF8.self) == "##\(String(format0: text.utf8.count))")
        #expect(String(decoding: try PacketFrame.segment(of: packet), as: UTF8.self) == text)
    }

    @Test func everyBrokenFrameIsRefusedWithItsReason() {
        let good = Array(Self.real.utf8)
        func refusal(_ bytes: [UInt8]) -> FrameError? {
            do {
                _ = try PacketFrame.segment(of: bytes)
                return nil
            } catch { return error }
        }
        var badCRC = good
        badCRC[badCRC.count - 3] = UInt8(ascii: "2")
        #expect(refusal(badCRC) == .crcMismatch(declared: 0xCC02, computed: 0xCC01))
        var badLength = good
        badLength[5] = UInt8(ascii: "8")
        #expect(refusal(badLength) == .lengthMismatch(declared: 318, actual: 317))
        #expect(refusal(Array(good.dropFirst(2))) == .missingHeader)
        #expect(refusal(Array(good.dropLast(2))) == .missingTerminator)
        #expect(refusal([0x00, 0xFF, 0x23]) == .missingHeader)
        #expect(refusal(Array("##12ab\r\n".utf8)) == .badLengthField)
        #expect(refusal(Array(repeating: 0x23, count: PacketLimits.maximumPacket + 1)) == .tooLong)
        // Table 3: a data segment of 1,024 bytes is whole; one of 1,025 (its length and CRC right) is too long.
        let longest = Array(repeating: UInt8(ascii: "x"), count: 1_024)
        #expect(refusal(PacketFrame.wrap(bytes: longest)) == nil)
        let over = longest + [UInt8(ascii: "x")]
        let crc = String(PacketCRC.checksum(over[...]), radix: 16, uppercase: false)
        let overPacket = Array("##1025".utf8) + over + Array(String(repeating: "0", count: 4 - crc.count).utf8)
            + Array(crc.utf8) + [0x0D, 0x0A]
        #expect(refusal(overPacket) == .tooLong)
        var badField = good
        badField[badField.count - 4] = UInt8(ascii: "z")
        #expect(refusal(badField) == .badCRCField)
    }

    @Test func segmentsWithoutTheirFieldsAreRefused() {
        func refusal(_ text: String) -> SegmentError? {
            do {
                _ = try DataSegment(parsing: Array(text.utf8))
                return nil
            } catch { return error }
        }
        #expect(refusal("ST=22;CN=2061;PW=a;MN=b;Flag=4") == .missingCP)
        #expect(refusal("ST=22;CN=2061;PW=a;Flag=4;CP=&&DataTime=1&&") == .missingField("MN"))
        #expect(refusal("ST=22;CN=2061;PW=a;MN=b;Flag=x;CP=&&&&") == .badField("Flag"))
        #expect(refusal("ST=22;CN=2061;PW=a;MN=b;Flag=6;CP=&&&&") == .missingField("PNUM"))
        #expect(refusal("ST=22;CN=2061;PW=a;MN=b;Flag=4;CP=&&\u{7}&&") == .notASCII)
    }

    @Test func anHourlyDataTimeNamesTheHourThatBeginsThen() {
        // DataTime 07:00 → the hour 07:00–08:00, labelled "08时" (HourStamp by its end).
        let stamp = DataTime.hourlyStamp("20250115070000")
        #expect(stamp == HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 8))
        #expect(DataTime.hourlyStamp("20250115230000")?.labelHour == 24)
        #expect(DataTime.hourlyStamp("20250115233000") == nil)
        #expect(DataTime.hourlyStamp("20250230070000") == nil)
        #expect(DataTime.hourlyStamp("2025011507") == nil)
    }

    @Test func flagsAndCodes() {
        #expect("NFMSDCTB".map { ReadingFlag(hj212: String($0))?.rawValue } == "NFMSDCTB".map { String($0) })
        #expect(ReadingFlag(hj212: "X") == nil)
        #expect(ReadingFlag(hj212: "QC-STUCK") == nil)
        #expect(ReadingFlag(hj212: "N")?.isValid == true && ReadingFlag(hj212: "M")?.isValid == false)
        #expect(AirCode.pollutant("a34004") == .pm2_5)
        #expect(AirCode.pollutant("a0502401") == .o3)
        #expect(AirCode.pollutant("a0502408") == nil)
        #expect(AirCode.pollutant("a21007") == nil)
    }

    /// HJ 212—2017 §6.3.2 Table 4: Flag = V5 V4 V3 V2 V1 V0 D A; 000000 HJ/T 212—2005, 000001 HJ 212—2017.
    @Test func theFlagsVersionBitsNameTheEdition() {
        func segment(flag: Int) -> DataSegment {
            DataSegment(qn: nil, st: "22", cn: "2011", pw: "1", mn: "M", flag: flag, cp: "DataTime=20191012133710")
        }
        #expect([1, 4, 5, 9].map { segment(flag: $0).version } == [0, 1, 1, 2])
        #expect(segment(flag: 1).edition == "HJ/T 212—2005" && segment(flag: 5).edition == "HJ 212—2017")
        #expect(segment(flag: 9).edition == nil)
    }

    @Test func theDataAnswerEchoesQNAndMN() throws {
        let upload = DataSegment(
            qn: "20250115080000123", st: "22", cn: "2061", pw: "pw1", mn: "M1", flag: 5, cp: "DataTime=20250115070000")
        let answer = DataAnswer.dataAnswer(to: upload)
        let text = "QN=20250115080000123;ST=91;CN=9014;PW=pw1;MN=M1;Flag=4;CP=&&&&"
        #expect(answer == PacketFrame.wrap(text))
        #expect(String(decoding: try PacketFrame.segment(of: answer), as: UTF8.self) == text)
        // Written as bytes, it is the text of the answer's segment, with or without a QN.
        var noQN = upload
        noQN.qn = nil
        #expect(
            DataAnswer.dataAnswer(to: noQN)
                == PacketFrame.wrap(
                    DataSegment(qn: nil, st: "91", cn: "9014", pw: "pw1", mn: "M1", flag: 4, cp: "").text))
        let crc = DataAnswer.requestAnswer(.crcError, qn: "20250115080000123", mn: "M1")
        #expect(
            String(decoding: try PacketFrame.segment(of: crc), as: UTF8.self)
                == "QN=20250115080000123;ST=91;CN=9011;PW=;MN=M1;Flag=4;CP=&&QnRtn=9&&")
    }
}

extension String {
    /// Four digits, zero-padded.
    fileprivate init(format0 n: Int) {
        let s = String(n)
        self = String(repeating: "0", count: 4 - s.count) + s
    }
}
