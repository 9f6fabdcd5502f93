/// Where a definition was read (`stations/wenshan.toml:16`), so that a message about two
/// definitions can name both places.
public struct ConfigLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based; nil when the key's line is unknown.
    public let line: Int?

    public init(file: String, line: Int?) {
        self.file = file
        self.line = line
    }

    public var description: String { line.map { "\(file):\($0)" } ?? file }

    /// `line 16` when seen from the same file, else `stations/yunnan.toml:16`.
    public func reference(from otherFile: String) -> String {
        guard otherFile == file, let line else { return description }
        return "line \(line)"
    }
}
