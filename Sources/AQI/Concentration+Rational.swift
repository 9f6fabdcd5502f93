extension Concentration {
    /// `value` rounded half-even to thousandths (GB/T 8170), or nil when it does not fit.
    public init?(exactly value: Rational) {
        let limit = Rational(Int128(Int32.max), 1000)
        guard value < limit, Rational(-Int128(Int32.max), 1000) < value else { return nil }
        self.init(value.rounded(toDecimals: 3, .halfEven))
    }
}
