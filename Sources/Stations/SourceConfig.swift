/// The decoder a source's bytes go through (Sources/Fetch/Adapters).
public enum SourceAdapter: String, Sendable, Hashable, CaseIterable {
    /// quotsoft/CNEMC archive files `china_sites_YYYYMMDD.csv`.
    case cnemcArchive = "cnemc-archive"
    /// OpenAQ API v3 JSON.
    case openAQv3 = "openaq-v3"
    /// A long CSV `station,time,pollutant,value,flag` with HJ 212 flags.
    case stationCSV = "station-csv"
    /// HJ 212 data loggers pushing to `airbulletin receive`: nothing to fetch, the readings are
    /// in the store already.
    case hj212 = "hj212"

    static let names = allCases.map(\.rawValue)
}

/// How a source authenticates: the secret lives only in the named environment variable of the
/// run, never in a file, a log line or the store.
public struct Credential: Sendable, Hashable {
    public enum Placement: Sendable, Hashable {
        /// Sent as this header, e.g. `X-API-Key` (the variable holds the whole header value).
        case header(String)
        /// Added to the URL as this query parameter, e.g. `api_key`.
        case queryParameter(String)
    }

    public let environmentVariable: String
    public let placement: Placement

    public init(environmentVariable: String, placement: Placement) {
        self.environmentVariable = environmentVariable
        self.placement = placement
    }

    /// The secret, or nil when the variable is unset or empty.
    public func secret(in environment: [String: String]) -> String? {
        guard let value = environment[environmentVariable], !value.isEmpty else { return nil }
        return value
    }

    /// `header X-API-Key from $OPENAQ_API_KEY`: names where the secret goes, never the secret.
    public var redactedDescription: String {
        switch placement {
        case .header(let name): "header \(name) from $\(environmentVariable)"
        case .queryParameter(let name): "query parameter \(name) from $\(environmentVariable)"
        }
    }
}

/// One upstream source of readings: `[[source]]` (shared by every area of the file) or
/// `[[area.source]]`.
public struct SourceConfig: Sendable, Hashable {
    /// Letters, digits, `-` and `_`; unique among an area's sources.
    public let id: String
    public let adapter: SourceAdapter
    /// Nil for an `hj212` source, which is pushed to, never fetched.
    public let url: URLTemplate?
    public let credential: Credential?
    /// A CA bundle (PEM) for this source's TLS, as an absolute path; nil = the system's.
    public let caBundle: String?
    public let connectTimeoutMilliseconds: Int?
    /// The whole transfer, per attempt.
    public let timeoutMilliseconds: Int?
    /// The line of its `id` key.
    public let location: ConfigLocation

    public init(
        id: String, adapter: SourceAdapter, url: URLTemplate?, credential: Credential? = nil,
        caBundle: String? = nil, connectTimeoutMilliseconds: Int? = nil, timeoutMilliseconds: Int? = nil,
        location: ConfigLocation
    ) {
        self.id = id
        self.adapter = adapter
        self.url = url
        self.credential = credential
        self.caBundle = caBundle
        self.connectTimeoutMilliseconds = connectTimeoutMilliseconds
        self.timeoutMilliseconds = timeoutMilliseconds
        self.location = location
    }

    /// For logs: `openaq (openaq-v3) https://api.openaq.org/v3/… with header X-API-Key from
    /// $OPENAQ_API_KEY`. The template itself never holds a secret (it is refused at load).
    public var redactedDescription: String {
        let base = "\(id) (\(adapter.rawValue)) \(url?.text ?? "pushed to airbulletin receive")"
        return credential.map { base + " with " + $0.redactedDescription } ?? base
    }
}
