/// Finds the line of each key in TOML text: table headers (`[a.b]`, `[[a]]` with their index),
/// `key = value` lines (dotted and quoted keys), and the elements of multi-line arrays. Lines
/// inside multi-line strings are skipped. Keys of inline tables share their table's line.
enum TOMLLineLocator {
    static func locate(_ text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var current: [TOMLPathComponent] = []
        var arrayCounts: [String: Int] = [:]
        var inMultilineString: String?
        var openArray: (path: [TOMLPathComponent], depth: Int, element: Int)?

        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = n + 1
            var line = Substring(raw)
            if let delimiter = inMultilineString {
                if line.contains(delimiter) { inMultilineString = nil }
                continue
            }
            if var array = openArray {
                // One element per `{` (or value) that starts at depth 1.
                for ch in stripComment(line) {
                    if ch == "[" || ch == "{" {
                        if array.depth == 1 && ch == "{" {
                            lines[TOMLPathComponent.render(array.path + [.index(array.element)])] = number
                            array.element += 1
                        }
                        array.depth += 1
                    } else if ch == "]" || ch == "}" {
                        array.depth -= 1
                    }
                }
                openArray = array.depth > 0 ? array : nil
                continue
            }
            line = stripComment(line).drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty else { continue }
            if line.hasPrefix("[[") {
                let keys = headerKeys(line.dropFirst(2).prefix { $0 != "]" })
                let path = resolve(keys, arrayCounts: arrayCounts)
                let name = TOMLPathComponent.render(path)
                let index = arrayCounts[name, default: 0]
                arrayCounts[name] = index + 1
                current = path + [.index(index)]
                lines[TOMLPathComponent.render(current)] = number
                if lines[name] == nil { lines[name] = number }
            } else if line.hasPrefix("[") {
                current = resolve(headerKeys(line.dropFirst().prefix { $0 != "]" }), arrayCounts: arrayCounts)
                lines[TOMLPathComponent.render(current)] = number
            } else if let eq = firstEquals(line) {
                let keys = headerKeys(line[..<eq])
                let path = current + keys.map { .key($0) }
                lines[TOMLPathComponent.render(path)] = number
                let value = line[line.index(after: eq)...].drop { $0 == " " || $0 == "\t" }
                if value.hasPrefix("\"\"\"") || value.hasPrefix("'''") {
                    let delimiter = String(value.prefix(3))
                    if !value.dropFirst(3).contains(delimiter) { inMultilineString = delimiter }
                } else if value.hasPrefix("[") {
                    var depth = 0
                    var element = 0
                    for ch in value {
                        if ch == "[" || ch == "{" {
                            if depth == 1 && ch == "{" {
                                lines[TOMLPathComponent.render(path + [.index(element)])] = number
                                element += 1
                            }
                            depth += 1
                        } else if ch == "]" || ch == "}" {
                            depth -= 1
                        }
                    }
                    if depth > 0 { openArray = (path, depth, element) }
                }
            }
        }
        return lines
    }

    /// Header or key text `a."b.c".d` → ["a", "b.c", "d"].
    static func headerKeys(_ text: Substring) -> [String] {
        var keys: [String] = []
        var currentKey = ""
        var quote: Character?
        for ch in text {
            if let q = quote {
                if ch == q { quote = nil } else { currentKey.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "." {
                keys.append(currentKey.trimmingSpaces())
                currentKey = ""
            } else {
                currentKey.append(ch)
            }
        }
        keys.append(currentKey.trimmingSpaces())
        return keys
    }

    /// Adds the current index after every prefix that names an array of tables.
    static func resolve(_ keys: [String], arrayCounts: [String: Int]) -> [TOMLPathComponent] {
        var path: [TOMLPathComponent] = []
        for (i, k) in keys.enumerated() {
            path.append(.key(k))
            if i < keys.count - 1, let count = arrayCounts[TOMLPathComponent.render(path)] {
                path.append(.index(count - 1))
            }
        }
        return path
    }

    /// The text before a `#` that is not inside a string.
    static func stripComment(_ line: Substring) -> Substring {
        var quote: Character?
        var escaped = false
        for i in line.indices {
            let ch = line[i]
            if let q = quote {
                if escaped {
                    escaped = false
                } else if ch == "\\" && q == "\"" {
                    escaped = true
                } else if ch == q {
                    quote = nil
                }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "#" {
                return line[..<i]
            }
        }
        return line
    }

    /// The `=` of `key = value`, outside quoted keys.
    static func firstEquals(_ line: Substring) -> Substring.Index? {
        var quote: Character?
        for i in line.indices {
            let ch = line[i]
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "=" {
                return i
            }
        }
        return nil
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
