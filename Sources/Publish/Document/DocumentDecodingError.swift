/// Why a stored or published JSON document cannot be read, naming the key path
/// (`city.indicators[3].exact`) so that a clerk or a developer can find it.
public struct DocumentDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key path from the top of the document; empty for the document as a whole.
    public let path: String
    public let message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String {
        path.isEmpty ? "bulletin JSON: \(message)" : "bulletin JSON, at \(path): \(message)"
    }
}
