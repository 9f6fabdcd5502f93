import AQI

/// One `aqi --batch` line of the common shape, read straight from its bytes:
/// `{"standard": "hj633-2012"|"hj633-2026", "report": "daily"|"realtime", "inputs": {"KEY": "decimal"|number|null, …}}`
/// with optional `"id"` (no escapes) and `"round_inputs": true`. Anything else is not this
/// shape (nil), and the general path reads it.
struct FastBatchLine {
    /// Ranges index the chunk the line was read from (no copies, no reference counting).
    var id: Range<Int>?
    var standard: Standard = .hj633_2026
    var report: ReportKind = .daily
    var sawStandard = false
    /// Indicator (index in `Indicator.allCases`) and the range of the value's text, in input order;
    /// an empty range is null.
    var inputs: [(indicator: Int, text: Range<Int>)] = []

    static let indicatorKeys: [[UInt8]] = Indicator.allCases.map { Array($0.rawValue.utf8) }

    /// A direct table from a key's length, first and last two bytes to the one indicator they can
    /// be (the 13 keys differ there); the bytes are then compared in full.
    static func slot(count: Int, _ a: UInt8, _ b: UInt8, _ first: UInt8) -> Int {
        ((count &* 31 &+ Int(a)) &* 31 &+ Int(b) &+ Int(first) &* 7) & 1023
    }

    static let indicatorBySlot: [Int] = {
        var table = [Int](repeating: -1, count: 1024)
        for (i, key) in indicatorKeys.enumerated() {
            let s = slot(count: key.count, key[key.count - 2], key[key.count - 1], key[0])
            precondition(table[s] == -1, "indicator key slots collide")
            table[s] = i
        }
        return table
    }()

    /// Parses `line`; nil when the line is not of the common shape.
    static func parse(_ base: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into parsed: inout FastBatchLine) -> Bool
    {
        var p = Scanner(bytes: base, i: line.lowerBound, end: line.upperBound)
        parsed.inputs.removeAll(keepingCapacity: true)
        parsed.id = nil
        parsed.sawStandard = false
        parsed.report = .daily
        guard p.take(UInt8(ascii: "{")) else { return false }
        var first = true
        while true {
            p.skipSpace()
            if p.take(UInt8(ascii: "}")) { break }
            if !first { guard p.take(UInt8(ascii: ",")) else { return false } }
            first = false
            guard let key = p.string(), p.colon() else { return false }
            switch key.count {
            case 8 where p.equals(key, "standard"):
                guard let v = p.string() else { return false }
                if p.equals(v, "hj633-2012") {
                    parsed.standard = .hj633_2012
                } else if p.equals(v, "hj633-2026") {
                    parsed.standard = .hj633_2026
                } else {
                    return false
                }
                parsed.sawStandard = true
            case 6 where p.equals(key, "report"):
                guard let v = p.string() else { return false }
                if p.equals(v, "daily") {
                    parsed.report = .daily
                } else if p.equals(v, "realtime") {
                    parsed.report = .realtime
                } else {
                    return false
                }
            case 12 where p.equals(key, "round_inputs"):
                guard p.literal("true") else { return false }
            case 2 where p.equals(key, "id"):
                guard let v = p.string() else { return false }
                parsed.id = v
            case 6 where p.equals(key, "inputs"):
                guard p.take(UInt8(ascii: "{")) else { return false }
                var firstInput = true
                while true {
                    p.skipSpace()
                    if p.take(UInt8(ascii: "}")) { break }
                    if !firstInput { guard p.take(UInt8(ascii: ",")) else { return false } }
                    firstInput = false
                    guard let k = p.string(), p.colon(), let index = p.indicator(k) else { return false }
                    p.skipSpace()
                    if p.literal("null") {
                        parsed.inputs.append((index, k.upperBound..<k.upperBound))
                    } else if let v = p.string() ?? p.number() {
                        guard !v.isEmpty else { return false }
                        parsed.inputs.append((index, v))
                    } else {
                        return false
                    }
                }
            default:
                return false
            }
        }
        p.skipSpace()
        return p.atEnd && parsed.sawStandard
    }

    /// A minimal scanner over the line's bytes: strings without escapes, plain numbers.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i: Int
        let end: Int

        var atEnd: Bool { i == end }

        mutating func skipSpace() {
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            skipSpace()
            guard i < end, bytes[i] == b else { return false }
            i += 1
            return true
        }

        mutating func colon() -> Bool { take(UInt8(ascii: ":")) }

        func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            for k in 0..<range.count where bytes[range.lowerBound + k] != word.utf8Start[k] { return false }
            return true
        }

        func indicator(_ range: Range<Int>) -> Int? {
            guard range.count >= 5, range.count <= 9 else { return nil }
            let slot = FastBatchLine.slot(
                count: range.count, bytes[range.upperBound - 2], bytes[range.upperBound - 1], bytes[range.lowerBound])
            let candidate = FastBatchLine.indicatorBySlot[slot]
            guard candidate >= 0 else { return nil }
            let key = FastBatchLine.indicatorKeys[candidate]
            guard key.count == range.count else { return nil }
            for k in 0..<range.count where key[k] != bytes[range.lowerBound + k] { return nil }
            return candidate
        }

        mutating func literal(_ word: StaticString) -> Bool {
            skipSpace()
            let n = word.utf8CodeUnitCount
            guard end - i >= n else { return false }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        /// A string without escapes or control characters: the range of its content.
        mutating func string() -> Range<Int>? {
            skipSpace()
            guard i < end, bytes[i] == UInt8(ascii: "\"") else { return nil }
            let start = i + 1
            var j = start
            while j < end {
                let b = bytes[j]
                if b == UInt8(ascii: "\"") {
                    i = j + 1
                    return start..<j
                }
                if b == UInt8(ascii: "\\") || b < 0x20 { return nil }
                j += 1
            }
            return nil
        }

        /// `digits(.digits)?` (no sign, no exponent: anything else goes the general way).
        mutating func number() -> Range<Int>? {
            skipSpace()
            let start = i
            while i < end, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == UInt8(ascii: ".") { i += 1 }
            return i > start ? start..<i : nil
        }
    }
}
