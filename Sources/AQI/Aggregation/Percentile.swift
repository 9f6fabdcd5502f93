/// The p-th percentile of daily values by the HJ 663—2013 formula (the national method for the
/// CO 95th and O3 90th percentiles): sort ascending X(1) ≤ … ≤ X(n); k = 1 + (n − 1)·p/100;
/// s = ⌊k⌋; X_p = X(s) + (X(s+1) − X(s))·(k − s). Exact.
public enum Percentile {
    public static func of(_ values: [Rational], percent p: Int) -> Rational? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let k = Rational(1) + Rational(Int128(values.count - 1) * Int128(p), 100)
        let s = Int(k.numerator / k.denominator)  // ⌊k⌋, k ≥ 1
        let low = sorted[s - 1]
        guard s < sorted.count else { return low }
        return low + (sorted[s] - low) * (k - Rational(Int128(s)))
    }
}
