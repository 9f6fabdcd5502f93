/// A problem found in an input file, printed as `FILE:LINE: error: message` so editors and
/// people can jump to it (STYLE.md §5).
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let file: String
    /// 1-based; nil when the problem is about the file as a whole.
    public let line: Int?
    public let severity: Severity
    public let message: String

    public init(file: String, line: Int?, _ message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(severity.rawValue): \(message)" }
        return "\(file): \(severity.rawValue): \(message)"
    }
}

/// Several diagnostics thrown together, printed one per line.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public let items: [Diagnostic]
    public init(_ items: [Diagnostic]) { self.items = items }
    public var description: String { items.map(\.description).joined(separator: "\n") }
}
