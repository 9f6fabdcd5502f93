/// Where `airbulletin receive` listens: `HOST:PORT` (`0.0.0.0:2120`, `[::]:2120`, `127.0.0.1:0`),
/// from `--listen` or `[receive] listen`. HJ 212 fixes no port; 2120 is this program's default.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// An IPv4 or IPv6 literal (without brackets) or a host name.
    public let host: String
    /// 0: any free port (the one chosen is logged).
    public let port: Int

    public static let `default` = ListenAddress(host: "0.0.0.0", port: 2120)

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Nil unless `text` is `HOST:PORT` with a port from 0 to 65535 and a host of the characters
    /// an address or a DNS name may hold (the text is an operator's, but never trusted).
    public init?(_ text: String) {
        guard text.utf8.count <= 260, let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        let portText = text[text.index(after: colon)...]
        guard (1...5).contains(portText.count), portText.allSatisfy(\.isASCIIDigit), let port = Int(portText),
            port <= 65_535
        else { return nil }
        if host.hasPrefix("[") {
            // [IPv6]:PORT (RFC 3986 §3.2.2).
            guard host.hasSuffix("]"), host.count > 2 else { return nil }
            host = String(host.dropFirst().dropLast())
            guard host.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }), host.contains(":") else { return nil }
        } else {
            guard (1...253).contains(host.utf8.count),
                host.allSatisfy({ $0.isASCIIDigit || ($0.isASCII && $0.isLetter) || $0 == "." || $0 == "-" }),
                !host.hasPrefix("-"), !host.hasPrefix(".")
            else { return nil }
        }
        self.host = host
        self.port = port
    }

    /// `HOST:PORT`, an IPv6 host in brackets.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// The sentence that refuses `text` for `what` (`--listen` or `"listen"`).
    public static func refusal(of text: String, for what: String) -> String {
        "\(what): \"\(String(text.prefix(60)))\" is not HOST:PORT (e.g. 0.0.0.0:2120, [::]:2120 or 127.0.0.1:0)"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
