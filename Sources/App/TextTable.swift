import Formats

/// The plain-text table now lives in Formats (the publisher renders text too); this name keeps
/// every App caller working.
public typealias TextTable = Formats.TextTable
