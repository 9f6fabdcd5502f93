import Identity

/// The advisory locks that serialise writers of one PostgreSQL database across processes and
/// machines (issue 14: "an area's publication is serialised by a database lock on that area").
/// Each is the two-key form `pg_advisory_xact_lock(key1, key2)`, held until the transaction ends
/// (a crashed process's lock goes with its connection). The keys never change once released:
///
/// | lock | key1 | key2 |
/// |---|---|---|
/// | migrations | 0x61697262 ('airb') | 1 |
/// | readings import | 0x61697262 | 2 |
/// | publication of area CODE | 0x61697262 | 1,000,000 + CODE (532601 → 1,532,601) |
///
/// An area's key is its six GB/T 2260 digits read as a decimal number plus a million: always
/// 1,000,000…1,999,999, so never 1 or 2, and two areas never share a key.
public enum AdvisoryLock: Sendable, Hashable {
    case migrations
    case readingsImport
    case publication(AreaCode)

    /// 'airb' in ASCII: the first key of every airbulletin lock, apart from other programs' locks.
    public static let namespace: Int32 = 0x6169_7262

    public var key: Int32 {
        switch self {
        case .migrations: 1
        case .readingsImport: 2
        // An area code's number is below 1,000,000: the keys never collide with the two above.
        case .publication(let area): 1_000_000 + Int32(area.number)
        }
    }
}

extension PostgresConnection {
    /// Waits for `lock` and holds it until the current transaction commits or rolls back.
    public func lock(_ lock: AdvisoryLock) throws(PostgresError) {
        try execute(
            "SELECT pg_advisory_xact_lock($1::integer, $2::integer)", [String(AdvisoryLock.namespace), String(lock.key)])
    }

    /// Takes `lock` for the current transaction if no one holds it; false when someone does.
    public func tryLock(_ lock: AdvisoryLock) throws(PostgresError) -> Bool {
        let result = try execute(
            "SELECT pg_try_advisory_xact_lock($1::integer, $2::integer)",
            [String(AdvisoryLock.namespace), String(lock.key)])
        return result.string(0, 0) == "t"
    }
}
