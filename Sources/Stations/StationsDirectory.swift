import Formats
import Foundation

/// The `stations/` directory: every `*.toml` file in it, in name order (hidden files and
/// subdirectories such as `sample/` are not read).
public enum StationsDirectory {
    /// A stations file is a few kilobytes; anything this big is a mistake, not configuration.
    static let maximumFileBytes = 4 << 20

    /// What loading found.
    public struct Load: Sendable {
        public let configuration: StationsConfiguration
        /// Errors and warnings, sorted by file and line.
        public let diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Reads and checks every stations file under `path`, touching no network.
    ///
    /// - Parameter environment: the run's environment (credentials are looked up in it by
    ///   name; pass a dictionary in tests).
    public static func load(path: String, environment: [String: String]) -> Load {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return failure(path, "no such directory; run airbulletin where stations/ is, or pass --stations DIR")
        }
        guard let names = try? files.contentsOfDirectory(atPath: path) else {
            return failure(path, "cannot list the directory (permissions?)")
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let absolute = URLTemplate.normalizedPath(path.hasPrefix("/") ? path : files.currentDirectoryPath + "/" + path)
        var documents: [StationsConfiguration.Document] = []
        var problems: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".toml") && !name.hasPrefix(".") {
            let file = prefix + name
            var isSubdirectory: ObjCBool = false
            guard files.fileExists(atPath: file, isDirectory: &isSubdirectory), !isSubdirectory.boolValue else {
                continue
            }
            switch readText(file) {
            case .success(let text): documents.append(.init(path: file, directory: absolute, text: text))
            case .failure(let problem): problems.append(problem)
            }
        }
        if documents.isEmpty, problems.isEmpty {
            return failure(path, "no *.toml files; add one per city or county (see stations/README.md)")
        }
        let (configuration, diagnostics) = StationsConfiguration.read(
            documents, environment: environment, fileExists: { files.fileExists(atPath: $0) })
        // Unreadable files take their place in name order; each file's own lines stay sorted.
        let order = Dictionary(names.sorted().enumerated().map { (prefix + $1, $0) }, uniquingKeysWith: { a, _ in a })
        let all = (problems + diagnostics).enumerated().sorted { a, b in
            (order[a.element.file] ?? -1, a.offset) < (order[b.element.file] ?? -1, b.offset)
        }
        return Load(configuration: configuration, diagnostics: all.map(\.element))
    }

    private static func readText(_ file: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(Diagnostic(file: file, line: nil, "cannot read the file (permissions?)"))
        }
        guard data.count <= maximumFileBytes else {
            return .failure(
                Diagnostic(file: file, line: nil, "the file is over 4 MiB; a stations file is a few kilobytes"))
        }
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(
                Diagnostic(
                    file: file, line: nil, "the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`"))
        }
        return .success(text)
    }

    private static func failure(_ path: String, _ message: String) -> Load {
        Load(configuration: StationsConfiguration(files: []), diagnostics: [Diagnostic(file: path, line: nil, message)])
    }
}
