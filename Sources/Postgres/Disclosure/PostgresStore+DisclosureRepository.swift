import Disclosure

/// A PostgreSQL store is a `DisclosureRepository` (issue 14: `notice`, `register` and `report`
/// on a province's server): notices with their 索引号 and events (`PostgresStore+Notices`,
/// `+IndexNumbers`), the register (`+Register`) and the annual report's counts (`+ItemCounts`).
/// Every write is one transaction under an advisory lock, so that publishers on several
/// machines never take the same number or revision. Errors are `PostgresError`s, `StoreError`s,
/// or the `RepositoryError`s the protocol names.
extension PostgresStore: DisclosureRepository {}

/// `DisclosureRepository` is `Sendable` (the disclosure environment is handed to the use cases).
/// A store is one libpq connection, which must never be used by two threads at once: each command,
/// and each thread of a test, opens a store of its own and uses it from that thread only. The
/// compiler cannot check that promise; every caller keeps it.
extension PostgresStore: @unchecked Sendable {}
