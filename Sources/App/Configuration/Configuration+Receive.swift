import Formats

extension Configuration {
    /// `[receive]`: `listen = "HOST:PORT"`, `max_connections`, `idle_timeout_seconds`, `queue_size`;
    /// a bad value is an error at its line, like every other table's.
    static func readReceive(_ table: TOMLTableReader, into settings: inout ReceiveSettings) {
        table.allowOnly(ReceiveSettings.keys)
        if let text = table.string("listen", required: false) {
            if let address = ListenAddress(text) {
                settings.listen = address
            } else {
                table.error("listen", ListenAddress.refusal(of: text, for: "\"listen\""))
            }
        }
        func bounded(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            guard let v = table.int(key, required: false) else { return nil }
            guard range.contains(v) else {
                table.error(key, "\"\(key)\" must be between \(range.lowerBound) and \(range.upperBound), found \(v)")
                return nil
            }
            return v
        }
        if let v = bounded("max_connections", 1...1_000_000) { settings.limits.maximumConnections = v }
        if let v = bounded("idle_timeout_seconds", 1...86_400) { settings.limits.idleTimeoutSeconds = v }
        if let v = bounded("queue_size", 1...1_000_000) { settings.limits.queueCapacity = v }
    }
}
