import Identity

/// The advisory locks that serialise writers of one PostgreSQL database across processes and
/// machines (issue 14: "an area's publication is serialised by a database lock on that area").
/// Each is the two-key form, `pg_advisory_xact_lock(key1, key2)` held until the transaction ends
/// (a run's own lock, `pg_advisory_lock`, until its connection ends); a crashed process's locks go
/// with its connection. The keys never change once released:
///
/// | lock | key1 | key2 |
/// |---|---|---|
/// | migrations | 0x61697262 ('airb') | 1 |
/// | readings import | 0x61697262 | 2 |
/// | the disclosure register (`register add`) | 0x61697262 | 3 |
/// | the stored site documents (`report annual`) | 0x61697262 | 4 |
/// | publication of area CODE | 0x61697262 | 1,000,000 + CODE (532601 → 1,532,601) |
/// | 索引号 of organisation ORG | 0x61697269 ('airi') | FNV-1a (32 bits) of ORG's UTF-8 |
/// | run N of the run log (alive while held) | 0x61697272 ('airr') | N (its low 32 bits) |
///
/// An area's key is its six GB/T 2260 digits read as a decimal number plus a million: always
/// 1,000,000…1,999,999, so never 1 to 4, and two areas never share a key. Two organisations may
/// share a hash: then their numbering waits for each other for a moment, and nothing else.
public enum AdvisoryLock: Sendable, Hashable {
    case migrations
    case readingsImport
    /// Held while a transaction appends register revisions: two clerks entering one request
    /// never both take the same next revision.
    case register
    /// Held while a transaction appends site document revisions.
    case siteDocuments
    case publication(AreaCode)
    /// Held while a transaction issues 索引号 of one organisation: two publishers of different
    /// areas with one issuer never take the same serial.
    case indexNumbers(OrganisationCode)
    /// Held by the process of a run, from its start; a run whose lock is free has no process.
    case run(Int64)

    /// 'airb' in ASCII: the first key of every airbulletin lock, apart from other programs' locks.
    public static let namespace: Int32 = 0x6169_7262
    /// 'airi': the 索引号 locks.
    public static let indexNumberNamespace: Int32 = 0x6169_7269
    /// 'airr': the run locks.
    public static let runNamespace: Int32 = 0x6169_7272

    public var namespace: Int32 {
        switch self {
        case .migrations, .readingsImport, .register, .siteDocuments, .publication: Self.namespace
        case .indexNumbers: Self.indexNumberNamespace
        case .run: Self.runNamespace
        }
    }

    public var key: Int32 {
        switch self {
        case .migrations: 1
        case .readingsImport: 2
        case .register: 3
        case .siteDocuments: 4
        // An area code's number is below 1,000,000: the keys never collide with the two above.
        case .publication(let area): 1_000_000 + Int32(area.number)
        case .indexNumbers(let organisation):
            Int32(
                bitPattern: organisation.text.utf8.reduce(2_166_136_261 as UInt32) { ($0 ^ UInt32($1)) &* 16_777_619 })
        case .run(let id): Int32(truncatingIfNeeded: id)
        }
    }

    /// `$1, $2` of the lock functions.
    var parameters: [String?] { [String(namespace), String(key)] }
}

extension PostgresConnection {
    /// Waits for `lock` and holds it until the current transaction commits or rolls back.
    public func lock(_ lock: AdvisoryLock) throws(PostgresError) {
        try execute("SELECT pg_advisory_xact_lock($1::integer, $2::integer)", lock.parameters)
    }

    /// Takes `lock` for the current transaction if no one holds it; false when someone does.
    public func tryLock(_ lock: AdvisoryLock) throws(PostgresError) -> Bool {
        let result = try execute("SELECT pg_try_advisory_xact_lock($1::integer, $2::integer)", lock.parameters)
        return result.string(0, 0) == "t"
    }

    /// Takes `lock` for the connection's whole life (a run's own lock), without waiting: no one
    /// else can hold a lock of a run that is just being recorded.
    func holdForSession(_ lock: AdvisoryLock) throws(PostgresError) {
        try execute("SELECT pg_advisory_lock($1::integer, $2::integer)", lock.parameters)
    }

    /// Gives back a lock taken with `holdForSession`.
    func releaseForSession(_ lock: AdvisoryLock) throws(PostgresError) {
        try execute("SELECT pg_advisory_unlock($1::integer, $2::integer)", lock.parameters)
    }
}
