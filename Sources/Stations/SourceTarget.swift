import AQI
import Identity

/// Everything the fetcher needs for one request to a source, with the secret (if any) taken
/// from the run's environment and marked, so that logs can show `redactedURL` only.
public struct SourceTarget: Sendable, Hashable {
    public struct Header: Sendable, Hashable {
        public let name: String
        public let value: String
        public let isSecret: Bool

        public init(name: String, value: String, isSecret: Bool) {
            self.name = name
            self.value = value
            self.isSecret = isSecret
        }
    }

    public let source: SourceConfig
    /// The URL to fetch; with a query-parameter credential it holds the secret.
    public let url: String
    /// The URL as logs and error messages may show it: a secret parameter's value is `***`.
    public let redactedURL: String
    /// For `file:` sources: the file's path.
    public let filePath: String?
    public let headers: [Header]
    /// Query parameters whose values are secret (for the HTTP client's own redaction).
    public let secretQueryParameters: [String]
}

extension SourceConfig {
    /// Expands the template for `date` (and `station`/`area` when it names them) and adds the
    /// credential from `environment`. A missing variable is an error naming it, never its value.
    public func target(
        date: LocalDate, station: StationCode? = nil, area: AreaCode? = nil, environment: [String: String]
    ) throws(URLTemplate.Problem) -> SourceTarget {
        guard let url else {
            throw URLTemplate.Problem("source \"\(id)\" is an hj212 source: its stations push, nothing is fetched")
        }
        let expansion = try url.expand(date: date, station: station, area: area)
        guard let credential else {
            return SourceTarget(
                source: self, url: expansion.url, redactedURL: expansion.url, filePath: expansion.filePath,
                headers: [], secretQueryParameters: [])
        }
        guard let secret = credential.secret(in: environment) else {
            throw URLTemplate.Problem(
                "source \"\(id)\": environment variable \(credential.environmentVariable) is not set (it holds the "
                    + "credential; set it in the environment of the run)")
        }
        switch credential.placement {
        case .header(let name):
            return SourceTarget(
                source: self, url: expansion.url, redactedURL: expansion.url, filePath: nil,
                headers: [.init(name: name, value: secret, isSecret: true)], secretQueryParameters: [])
        case .queryParameter(let name):
            let separator = expansion.url.contains("?") ? (expansion.url.hasSuffix("?") ? "" : "&") : "?"
            let key = URLTemplate.percentEncoded(name, keeping: URLTemplate.pathCharacters)
            let prefix = expansion.url + separator + key + "="
            return SourceTarget(
                source: self, url: prefix + URLTemplate.percentEncoded(secret, keeping: URLTemplate.pathCharacters),
                redactedURL: prefix + "***", filePath: nil, headers: [], secretQueryParameters: [name])
        }
    }
}
