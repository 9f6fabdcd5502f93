import Formats

extension TOMLFile {
    /// Parses `text`, a syntax error becoming the one diagnostic of the file.
    static func parse(_ text: String, file: String) throws(Diagnostics) -> TOMLFile {
        do {
            return try TOMLFile(text: text, file: file)
        } catch {
            throw Diagnostics([error])
        }
    }
}
