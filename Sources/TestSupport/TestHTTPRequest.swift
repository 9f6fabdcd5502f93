/// A request as `TestHTTPServer` received it.
public struct TestHTTPRequest: Sendable {
    public let method: String
    /// The request target as sent: path and query.
    public let target: String
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]

    /// The target without its query.
    public var path: String { String(target.prefix { $0 != "?" }) }

    /// The first value of header `name` (case-insensitive), or nil.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
