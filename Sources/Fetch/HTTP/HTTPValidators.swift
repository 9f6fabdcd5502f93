/// What a previous response said about its representation, sent back to make the next request
/// conditional (RFC 9110 §13.1.2 If-None-Match, §13.1.3 If-Modified-Since): an unchanged file
/// comes back as 304 Not Modified, without its body.
public struct HTTPValidators: Sendable, Hashable, Codable {
    /// The `ETag` field value as received, quotes and `W/` included.
    public var etag: String?
    /// The `Last-Modified` field value as received (an HTTP-date).
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    /// The request header fields that make a request conditional on these validators.
    var conditionalHeaders: [HTTPHeader] {
        // RFC 9110 §13.1.3: a server that evaluates If-None-Match ignores If-Modified-Since,
        // so sending both is safe and helps servers that only keep dates.
        (etag.map { [HTTPHeader(name: "If-None-Match", value: $0)] } ?? [])
            + (lastModified.map { [HTTPHeader(name: "If-Modified-Since", value: $0)] } ?? [])
    }
}
