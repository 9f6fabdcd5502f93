/// One GET of an http, https or file URL, with everything that bounds it. Printing or dumping
/// it shows the URL redacted.
public struct HTTPRequest: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// An absolute `http://`, `https://` or `file://` URL. It may carry secrets (userinfo, a
    /// `key=` parameter); they are shown only redacted.
    public var url: String
    /// Extra request header fields. Secret ones are never shown and not sent to another origin.
    public var headers: [HTTPHeader]
    /// Query parameter names whose values are secret, besides those recognised by name
    /// (`key`, `api_key`, `token`, `signature`, …).
    public var secretParameters: Set<String>
    /// How long to wait for the connection (TCP and TLS) to be made.
    public var connectTimeout: Duration
    /// The longest one attempt may take, connection included.
    public var timeout: Duration
    /// An attempt that receives nothing for this long ends as stalled (libcurl's low-speed limit
    /// of 1 byte/s; counted in whole seconds, rounded up).
    public var stallTimeout: Duration
    /// The largest body accepted, counted after decompression (a small gzip can expand a lot).
    public var maxBodyBytes: Int
    /// How many redirects are followed before the request fails.
    public var maxRedirects: Int
    /// ETag / Last-Modified of the copy already held: the server may answer 304 Not Modified.
    public var validators: HTTPValidators
    /// A PEM file of CA certificates to verify this source's TLS certificate with, instead of
    /// the system's (for a source with a private CA). Verification itself is always on.
    public var caBundle: String?
    public var retryPolicy: RetryPolicy

    public init(
        url: String, headers: [HTTPHeader] = [], secretParameters: Set<String> = [],
        connectTimeout: Duration = .seconds(10), timeout: Duration = .seconds(120),
        stallTimeout: Duration = .seconds(30), maxBodyBytes: Int = 256 << 20, maxRedirects: Int = 5,
        validators: HTTPValidators = HTTPValidators(), caBundle: String? = nil, retryPolicy: RetryPolicy = .standard
    ) {
        self.url = url
        self.headers = headers
        self.secretParameters = secretParameters
        self.connectTimeout = connectTimeout
        self.timeout = timeout
        self.stallTimeout = stallTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.validators = validators
        self.caBundle = caBundle
        self.retryPolicy = retryPolicy
    }

    /// The URL as it may be shown.
    public var redactedURL: RedactedURL { RedactedURL(url, secretParameters: secretParameters) }

    /// `GET <redacted URL>`
    public var description: String { "GET \(redactedURL)" }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "url": redactedURL, "headers": headers, "secretParameters": secretParameters,
                "connectTimeout": connectTimeout, "timeout": timeout, "stallTimeout": stallTimeout,
                "maxBodyBytes": maxBodyBytes, "maxRedirects": maxRedirects, "validators": validators,
                "caBundle": caBundle as Any, "retryPolicy": retryPolicy,
            ])
    }
}
