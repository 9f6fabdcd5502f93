extension Rational {
    /// The exact value of a JSON number literal such as `18.8`, `-999`, `1.2e-05` (OpenAQ
    /// serialises binary doubles, so exponents and 17-digit fractions occur). Nil beyond
    /// 20 significant digits, 24 decimals or 10^10 in magnitude, which keeps every unit
    /// conversion inside 128-bit integers; no measured concentration comes near these limits.
    public init?(decimalLiteral text: some StringProtocol) {
        var digits: Int128 = 0
        var significant = 0
        var fractionDigits = 0
        var sawPoint = false
        var sawDigit = false
        var negative = false
        var exponent = 0
        var bytes = text.utf8.makeIterator()
        var next = bytes.next()
        if next == UInt8(ascii: "-") {
            negative = true
            next = bytes.next()
        }
        mantissa: while let b = next {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if sawPoint { fractionDigits += 1 }
                if digits != 0 || b != UInt8(ascii: "0") { significant += 1 }
                guard significant <= 20 else { return nil }
                digits = digits * 10 + Int128(b - UInt8(ascii: "0"))
            case UInt8(ascii: ".") where !sawPoint:
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                next = bytes.next()
                break mantissa
            default:
                return nil
            }
            next = bytes.next()
        }
        guard sawDigit else { return nil }
        if let first = next {
            var sign = 1
            var e = first
            if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                sign = first == UInt8(ascii: "-") ? -1 : 1
                guard let n = bytes.next() else { return nil }
                e = n
            }
            var magnitude = 0
            var current: UInt8? = e
            while let d = current {
                guard d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9"), magnitude < 1000 else { return nil }
                magnitude = magnitude * 10 + Int(d - UInt8(ascii: "0"))
                current = bytes.next()
            }
            exponent = sign * magnitude
        }
        guard digits != 0 else {
            self.init(0)
            return
        }
        // value = digits × 10^(exponent − fractionDigits)
        let scale = fractionDigits - exponent
        let integerDigits = significant - scale
        guard scale <= 24, integerDigits <= 10 else { return nil }
        let signed = negative ? -digits : digits
        if scale >= 0 {
            self.init(signed, Rational.power10(scale))
        } else {
            self.init(signed * Rational.power10(-scale))
        }
    }

    private static func power10(_ n: Int) -> Int128 {
        var r: Int128 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }
}
