/// Which query parameters and header fields carry credentials, judged by name. Hiding a
/// harmless value costs nothing; showing a key in a log or the store cannot be undone, so the
/// rule errs on the side of hiding.
enum SecretNames {
    /// Names (lowercased, without `-`, `_` and `.`) that are secret as they stand.
    private static let exact: Set<String> = [
        "key", "apikey", "token", "accesstoken", "password", "passwd", "pwd", "secret", "signature", "sig",
        "auth", "authorization", "proxyauthorization", "cookie", "setcookie", "session", "sessionid",
    ]
    /// Endings that make a name secret: `client_secret`, `X-Amz-Signature`, `x-api-key`,
    /// `refresh_token`, `X-Amz-Credential`.
    private static let endings = ["key", "token", "secret", "password", "signature", "credential", "credentials"]

    /// A query parameter name, already percent-decoded.
    static func isSecretParameter(_ name: String) -> Bool { isSecret(normalized(name)) }

    /// A header field name.
    static func isSecretHeader(_ name: String) -> Bool { isSecret(normalized(name)) }

    private static func isSecret(_ name: String) -> Bool {
        exact.contains(name) || endings.contains { name.hasSuffix($0) }
    }

    static func normalized(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != "." })
    }
}
