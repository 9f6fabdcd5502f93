/// Bad input or configuration: the command prints the message on one line and exits 2
/// (ARCHITECTURE.md, CLI contract).
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
