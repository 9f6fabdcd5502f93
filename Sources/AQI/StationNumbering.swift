/// Numbers stations 0, 1, 2, … in the order they first appear. Readings usually come station
/// after station in a repeating order (an archive row lists its stations in column order), so the
/// station after the last one numbered is tried before the hash table: most lookups of a national
/// file then cost one comparison of two short strings instead of a hash.
public struct StationNumbering: Sendable {
    /// The stations, by number.
    public private(set) var codes: [StationCode] = []
    private var numbers: [StationCode: Int] = [:]
    private var last = -1

    public init() {}

    /// The station's number; `isNew` when this is its first appearance.
    public mutating func number(of code: StationCode) -> (number: Int, isNew: Bool) {
        if !codes.isEmpty {
            let guess = last + 1 < codes.count ? last + 1 : 0
            if codes[guess] == code {
                last = guess
                return (guess, false)
            }
            if let known = numbers[code] {
                last = known
                return (known, false)
            }
        }
        let number = codes.count
        codes.append(code)
        numbers[code] = number
        last = number
        return (number, true)
    }
}
