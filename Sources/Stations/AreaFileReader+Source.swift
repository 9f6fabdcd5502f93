import Formats

extension AreaFileReader {
    func readSource(_ r: TOMLTableReader) -> SourceConfig? {
        r.allowOnly(["id", "adapter", "url", "credential", "ca_bundle", "connect_timeout", "timeout"])
        let id = r.string("id", maximumLength: TextLimit.identifier).flatMap { text in
            Self.isIdentifier(text)
                ? text : reject(r, "id", "\"id\" must be 1 to 32 letters, digits, - or _, found \(Excerpt(text))")
        }
        let adapter = r.string("adapter").flatMap { text in
            SourceAdapter(rawValue: text)
                ?? reject(
                    r, "adapter",
                    "unknown adapter \(Excerpt(text)) (expected \(SourceAdapter.names.joined(separator: ", ")))")
        }
        if adapter == .hj212 {
            // Its stations push to `airbulletin receive` (HJ 212): nothing is fetched.
            for key in ["url", "credential", "ca_bundle", "connect_timeout", "timeout"] where r.has(key) {
                r.error(key, "an hj212 source takes no \"\(key)\": its stations push their values to airbulletin receive")
            }
            guard let id else { return nil }
            return SourceConfig(
                id: id, adapter: .hj212, url: nil, location: ConfigLocation(file: r.document.file, line: r.line(of: "id")))
        }
        let url = r.string("url", maximumLength: TextLimit.url).flatMap { text -> URLTemplate? in
            do throws(URLTemplate.Problem) {
                return try URLTemplate(parsing: text, relativeTo: directory)
            } catch {
                return reject(r, "url", "bad URL template in \"url\": \(error.message)")
            }
        }
        var valid = true
        var credential: Credential?
        if r.has("credential") {
            credential = r.table("credential").flatMap { readCredential($0, sourceID: id, scheme: url?.scheme) }
            valid = valid && credential != nil
        }
        var caBundle: String?
        if r.has("ca_bundle") {
            caBundle = r.string("ca_bundle", maximumLength: TextLimit.path).flatMap {
                readCABundle(r, $0, scheme: url?.scheme)
            }
            valid = valid && caBundle != nil
        }
        let connectTimeout = milliseconds(r, "connect_timeout")
        let timeout = milliseconds(r, "timeout")
        guard let id, let adapter, let url, valid, let connectTimeout, let timeout else { return nil }
        return SourceConfig(
            id: id, adapter: adapter, url: url, credential: credential, caBundle: caBundle,
            connectTimeoutMilliseconds: connectTimeout, timeoutMilliseconds: timeout,
            location: ConfigLocation(file: r.document.file, line: r.line(of: "id")))
    }

    private func readCredential(_ c: TOMLTableReader, sourceID: String?, scheme: URLTemplate.Scheme?) -> Credential? {
        c.allowOnly(["env", "header", "query"])
        let variable = c.string("env", maximumLength: TextLimit.environmentName).flatMap { text in
            Self.isEnvironmentName(text)
                ? text
                : reject(
                    c, "env",
                    "\"env\" must name an environment variable (letters, digits and _, not starting with a digit), "
                        + "found \(Excerpt(text))")
        }
        let header = c.has("header") ? c.string("header", maximumLength: TextLimit.headerName) : nil
        let query = c.has("query") ? c.string("query", maximumLength: TextLimit.identifier) : nil
        var placement: Credential.Placement?
        switch (c.has("header"), c.has("query")) {
        case (true, true):
            c.error("query", "credential takes \"header\" or \"query\", not both")
        case (false, false):
            c.error(
                nil, "credential needs \"header\" (e.g. X-API-Key) or \"query\" (e.g. api_key): where the secret goes")
        case (true, false):
            placement = header.flatMap { name in
                Self.isHeaderName(name)
                    ? .header(name)
                    : reject(c, "header", "\"header\" must be an HTTP header name, found \(Excerpt(name))")
            }
        case (false, true):
            placement = query.flatMap { name in
                Self.isIdentifier(name)
                    ? .queryParameter(name)
                    : reject(c, "query", "\"query\" must be 1 to 32 letters, digits, - or _, found \(Excerpt(name))")
            }
        }
        if scheme == .file {
            return reject(c, "env", "a file: source takes no credential; remove it")
        }
        if scheme == .http {
            return reject(c, "env", "the credential would cross the network in clear text over http:; use https:")
        }
        guard let variable, let placement else { return nil }
        let credential = Credential(environmentVariable: variable, placement: placement)
        guard credential.secret(in: environment) != nil else {
            return reject(
                c, "env",
                "environment variable \(variable) is not set (credential of source \"\(sourceID ?? "?")\"); set it in "
                    + "the environment of the run, never in this file")
        }
        return credential
    }

    private func readCABundle(_ r: TOMLTableReader, _ path: String, scheme: URLTemplate.Scheme?) -> String? {
        guard scheme == .https || scheme == nil else {
            return reject(r, "ca_bundle", "\"ca_bundle\" applies to https: sources only")
        }
        let resolved = URLTemplate.normalizedPath(path.hasPrefix("/") ? path : directory + "/" + path)
        guard fileExists(resolved) else {
            return reject(r, "ca_bundle", "CA bundle \"\(path)\" not found (looked for \(resolved))")
        }
        return resolved
    }

    /// Seconds in the file, milliseconds in the model; `.some(nil)` when the key is absent.
    private func milliseconds(_ r: TOMLTableReader, _ key: String) -> Int?? {
        guard r.has(key) else { return .some(nil) }
        guard let seconds = r.double(key) else { return nil }
        guard seconds.isFinite, seconds >= 0.001, seconds <= 3600 else {
            return reject(r, key, "\"\(key)\" must be a number of seconds from 0.001 to 3600, found \(seconds)")
        }
        return .some(Int((seconds * 1000).rounded()))
    }

    static func isEnvironmentName(_ s: String) -> Bool {
        guard let first = s.utf8.first, !(0x30...0x39).contains(first) else { return false }
        return s.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
        }
    }

    /// RFC 9110 §5.1: a header name is a token.
    static func isHeaderName(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 64
            && s.utf8.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                    || "!#$%&'*+-.^_`|~".utf8.contains(b)
            }
    }
}
