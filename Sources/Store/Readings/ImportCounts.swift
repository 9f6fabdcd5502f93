/// What one import did to the store.
public struct ImportCounts: Sendable, Hashable, CustomStringConvertible {
    /// Keys (station, pollutant, hour) seen for the first time: stored as revision 1.
    public var added: Int
    /// Keys whose value or flag differed from the stored one: a new revision each, the old kept.
    public var changed: Int
    /// Readings identical to what was stored: nothing written.
    public var unchanged: Int

    public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
    }

    /// `added 288, changed 1, unchanged 0`
    public var description: String { "added \(added), changed \(changed), unchanged \(unchanged)" }
}
