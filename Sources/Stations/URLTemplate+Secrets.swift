extension URLTemplate {
    /// Refuses a query parameter that carries a secret: the secret would then sit in the file,
    /// in logs and in the store. The credential's environment variable is the only place.
    static func refuseSecrets(inQuery query: Substring) throws(Problem) {
        for pair in query.split(separator: "&") {
            let raw = String(pair.prefix { $0 != "=" })
            let name = (try? percentDecoded(raw)) ?? raw
            if isSecretName(name) {
                throw Problem(
                    "the URL puts a secret in the query parameter \"\(name)\"; remove it and name an environment "
                        + "variable instead: credential = { env = \"…\", query = \"\(name)\" }")
            }
        }
    }

    /// Parameter names that carry secrets by convention (OpenAQ `api_key`, Baidu `ak`/`sk`,
    /// OAuth `access_token`, Azure `subscription-key`, signed URLs' `signature`, …), compared
    /// without case. `key` counts as a last word only (`x-api-key`, not `monkey`); the fetcher's
    /// log redaction (Fetch/HTTP) hides these names too.
    static func isSecretName(_ name: String) -> Bool {
        let lower = name.lowercased()
        let words = lower.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
        let joined = words.joined()
        let exact: Set<String> = [
            "key", "apikey", "appkey", "accesskey", "secretkey", "privatekey", "subscriptionkey", "ak", "sk", "auth",
            "authorization", "sig", "sign", "pwd", "pass", "credential", "credentials", "session", "sessionid",
        ]
        return exact.contains(joined) || words.last == "key"
            || ["token", "secret", "password", "passwd", "signature"].contains { joined.hasSuffix($0) }
    }
}
