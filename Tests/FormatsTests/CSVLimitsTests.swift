import Formats
import Testing

/// `CSVReader` with limits stops at the first record past them, while reading it.
@Suite struct CSVLimitsTests {
    static let small = CSVLimits(lineBytes: 16, fields: 3)

    static func read(_ text: String, _ limits: CSVLimits = small) -> (fields: [[String]], exceeded: CSVLimitExceeded?) {
        var reader = CSVReader(text: text, limits: limits)
        var fields: [[String]] = []
        while let record = reader.next() { fields.append(record.fields) }
        return (fields, reader.exceededLimit)
    }

    @Test func aLineUpToTheLimitIsReadAndALongerOneStopsTheReader() {
        // 15 bytes and its line break: exactly the limit.
        let fits = Self.read("aaaaaaa,bbbbbbb\nshort\n")
        #expect(fits.fields == [["aaaaaaa", "bbbbbbb"], ["short"]])
        #expect(fits.exceeded == nil)
        let long = Self.read("ok\naaaaaaaa,bbbbbbbb\nnever read\n")
        #expect(long.fields == [["ok"]])
        #expect(
            long.exceeded
                == CSVLimitExceeded(
                    line: 2,
                    message: "the line is longer than 16 bytes, the limit for one line; it begins \"aaaaaaaa,bbbbbbb…\""
                ))
        // The last line, without a line break, counts the same.
        #expect(Self.read("aaaaaaaa,bbbbbbbb").exceeded?.line == 1)
        #expect(Self.read("aaaaaaa,bbbbbbbb").exceeded == nil)
    }

    @Test func aRecordPastTheFieldLimitStopsTheReader() {
        #expect(Self.read("a,b,c\n").fields == [["a", "b", "c"]])
        let many = Self.read("a,b,c\n\"x\ny\",b,c,d\n")
        #expect(many.fields == [["a", "b", "c"]])
        #expect(
            many.exceeded
                == CSVLimitExceeded(line: 2, message: "the line has more than 3 fields, the limit for one line"))
    }

    @Test func aQuoteThatRunsPastTheLimitIsNamed() {
        #expect(
            Self.read("a,b\n\"x\n\n\n\nyyyyyyyyyyyyyyyyyyyyyy\n").exceeded
                == CSVLimitExceeded(
                    line: 2,
                    message: "a quoted field opened on line 2 runs past 16 bytes, the limit for one line; is its "
                        + "closing quote missing?"))
    }

    /// The standard limits, at five times the line limit: refused after one mebibyte of reading.
    @Test func theStandardLimitsAreOneMebibyteAndTenThousandFields() {
        let line = Self.read(String(repeating: "1", count: 5 << 20), .standard)
        #expect(line.fields.isEmpty)
        #expect(
            line.exceeded?.message
                == "the line is longer than 1 MiB (1,048,576 bytes), the limit for one line; it begins "
                + "\"1111111111111111111111111111111111111111…\"")
        #expect(Self.read(String(repeating: ",", count: 9_999), .standard).exceeded == nil)
        #expect(Self.read(String(repeating: ",", count: 10_000), .standard).exceeded?.line == 1)
    }
}
