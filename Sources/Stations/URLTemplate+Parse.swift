// MARK: - Placeholders

extension URLTemplate {
    /// Splits text into literals and placeholders; `{{` and `}}` are literal braces.
    static func tokenize(_ text: Substring) throws(Problem) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if c == "{" || c == "}", next < text.endIndex, text[next] == c {
                literal.append(c)
                i = text.index(after: next)
            } else if c == "{" {
                guard let close = text[next...].firstIndex(where: { $0 == "}" || $0 == "{" }), text[close] == "}"
                else { throw Problem("a { is not closed (write {{ for a literal {)") }
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(try placeholder(text[next..<close]))
                i = text.index(after: close)
            } else if c == "}" {
                throw Problem("a } has no { before it (write }} for a literal })")
            } else {
                literal.append(c)
                i = next
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    /// `date`, `date+1`, `date-1:yyyyMMdd`, `station`, `area`.
    static func placeholder(_ inner: Substring) throws(Problem) -> Part {
        let head = inner.prefix { $0 != ":" }
        let pattern = head.count < inner.count ? inner[inner.index(after: head.endIndex)...] : nil
        if head == "station" || head == "area" {
            guard pattern == nil else { throw Problem("{\(head)} takes no format; write {\(head)}") }
            return head == "station" ? .station : .area
        }
        if head.hasPrefix("date") {
            let offset = head.dropFirst(4)
            let digits = offset.dropFirst()
            if offset.isEmpty
                || ((offset.first == "+" || offset.first == "-") && (1...3).contains(digits.count)
                    && digits.allSatisfy { $0.isASCII && $0.isNumber } && Int(digits)! <= 366)
            {
                let days = offset.isEmpty ? 0 : Int(digits)! * (offset.first == "-" ? -1 : 1)
                return .date(
                    offset: days, pattern: try pattern.map { p throws(Problem) in try DatePattern(parsing: p) } ?? .iso)
            }
        }
        throw Problem("unknown placeholder {\(inner)} (expected \(expected))")
    }
}

// MARK: - http and https

extension URLTemplate {
    static func parseHTTP(_ rest: Substring) throws(Problem) -> [Part] {
        guard rest.hasPrefix("//") else { throw Problem("an http(s) URL needs // and a host, as in https://host/path") }
        let afterSlashes = rest.dropFirst(2)
        let authority = afterSlashes.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        try checkAuthority(authority)
        let parts = try tokenize(afterSlashes[authority.endIndex...])
        let skeleton = parts.skeleton
        if skeleton.contains("#") {
            throw Problem("the URL has a fragment (#…), which is never sent to the server; remove it")
        }
        try checkPercentEscapes(skeleton)
        if let q = skeleton.firstIndex(of: "?") { try refuseSecrets(inQuery: skeleton[skeleton.index(after: q)...]) }
        return [.literal("//" + authority)]
            + parts.map { part in
                if case .literal(let s) = part { return .literal(percentEncoded(s, keeping: urlCharacters)) }
                return part
            }
    }

    static func checkAuthority(_ authority: Substring) throws(Problem) {
        if authority.contains("{") || authority.contains("}") {
            throw Problem("a placeholder cannot be in the host; put it in the path or the query")
        }
        if authority.contains("@") {
            throw Problem(
                "the URL holds credentials before @ (user:password@host); remove them and name an environment "
                    + "variable in credential instead")
        }
        var host = authority
        var port: Substring?
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty { port = after.hasPrefix(":") ? after.dropFirst() : after }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        }
        guard !host.isEmpty else { throw Problem("the URL has no host") }
        let hostCharacters = host.hasPrefix("[") ? "0123456789abcdefABCDEF:.[]" : "-."
        guard host.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || hostCharacters.contains($0) }) else {
            throw Problem(
                "the host \"\(host)\" has characters a host name cannot have (write an international name in its "
                    + "xn-- form)")
        }
        if let port,
            port.isEmpty || !port.allSatisfy({ $0.isASCII && $0.isNumber }) || port.count > 5
                || !(1...65535).contains(Int(port)!)
        {
            throw Problem("the port \"\(port)\" is not a number from 1 to 65535")
        }
    }

    static func checkPercentEscapes(_ text: String) throws(Problem) {
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "%") {
            guard i + 2 < bytes.count, hexValue(bytes[i + 1]) != nil, hexValue(bytes[i + 2]) != nil else {
                throw Problem("a % must start an escape such as %20 (write %25 for a literal %)")
            }
        }
    }
}

// MARK: - file

extension URLTemplate {
    static func parseFile(_ rest: Substring, directory: String) throws(Problem) -> ([Part], String?) {
        var path = rest
        if rest.hasPrefix("//") {
            let host = rest.dropFirst(2).prefix { $0 != "/" }
            guard host.isEmpty || host.lowercased() == "localhost" else {
                throw Problem(
                    "a file: URL cannot name another machine (\"\(host)\"); write file:///absolute/path or "
                        + "file:relative/path")
            }
            path = rest[host.endIndex...]
        }
        guard !path.isEmpty else { throw Problem("the file: URL names no file") }
        if path.hasPrefix("~") { throw Problem("~ is not expanded in a file: URL; write the full path") }
        let parts = try tokenize(path)
        let skeleton = parts.skeleton
        if skeleton.contains("?") || skeleton.contains("#") {
            throw Problem("a file path cannot hold ? or # here; write them as %3F and %23")
        }
        try checkPercentEscapes(skeleton)
        let decoded = try parts.map { part throws(Problem) -> Part in
            guard case .literal(let s) = part else { return part }
            return .literal(try percentDecoded(s))
        }
        return (decoded, path.hasPrefix("/") ? nil : directory)
    }
}

extension [URLTemplate.Part] {
    /// The text with each placeholder as U+0001 (never in a template: control characters are
    /// refused), for checks on the URL's shape.
    var skeleton: String {
        map { part in
            if case .literal(let s) = part { return s }
            return "\u{1}"
        }.joined()
    }
}
