/// Keeps one request's secrets out of everything shown: URLs are redacted by parameter name,
/// and any free text (libcurl's own error detail) is scrubbed of the secret values themselves.
struct Redactor {
    private let secretParameters: Set<String>
    /// Longest first, so a secret that contains another is hidden whole.
    private let secretValues: [String]

    init(_ request: HTTPRequest) {
        secretParameters = Set(request.secretParameters.map(SecretNames.normalized))
        let hidden = RedactedURL.redact(request.url, secretParameters: secretParameters).hidden
        let values =
            request.headers.filter(\.isSecret).map(\.value)
            + hidden.flatMap { [String($0), percentDecoded($0), percentDecoded($0, plusIsSpace: true)] }
        // Values under 4 characters are not worth hiding and would mangle ordinary words.
        secretValues = Set(values.filter { $0.count >= 4 }).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    func url(_ url: String) -> RedactedURL {
        RedactedURL(url, secretParameters: secretParameters)
    }

    /// `text` with every secret value replaced by `***`, on one line.
    func scrub(_ text: String) -> String {
        var text = text
        for secret in secretValues { text = text.replacing(secret, with: "***") }
        return RedactedURL.escapeControls(text, keepingSpaces: true)
    }
}
