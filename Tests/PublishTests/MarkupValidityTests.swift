import Foundation
import Publish
import Testing

/// xmllint accepts every file: each XML file and each HTML page parses as XML (the pages are
/// well-formed polyglot markup), and the HTML parser reports no error on any page.
@Suite(.enabled(if: ExternalTool.find("xmllint") != nil, "needs xmllint (Debian package libxml2-utils)"))
struct MarkupValidityTests {
    /// libxml2's HTML parser predates HTML5: it reports these elements (HTML5 sectioning and
    /// inline SVG) as "invalid tags". Any other message fails the test.
    static let html5Elements: Set<String> = [
        "header", "main", "section", "nav", "footer", "details", "summary", "svg", "title", "desc", "rect", "line",
        "text", "polyline", "circle", "g",
    ]

    @Test func everyFileParses() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The golden site, the pages on each side of the 2026 switch and a province's directory,
        // each in its own folder.
        let pages =
            GoldenSite.files
            + CitationSite.files.map { RenderedFile(path: "citations/" + $0.path, bytes: $0.bytes) }
            + [RenderedFile(path: "province/" + DirectorySite.page.path, bytes: DirectorySite.page.bytes)]
        let files = pages.filter { $0.path.hasSuffix(".xml") || $0.path.hasSuffix(".html") }
        var xml: [String] = []
        var html: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
            xml.append(url.path)
            if file.path.hasSuffix(".html") { html.append(url.path) }
        }
        #expect(html.count > 60)
        let xmllint = ExternalTool.find("xmllint")!
        let strict = try ExternalTool.run(xmllint, ["--noout", "--nonet"] + xml)
        #expect(strict.status == 0)
        #expect(strict.errors == "")
        let lenient = try ExternalTool.run(xmllint, ["--html", "--noout", "--nonet"] + html)
        #expect(lenient.status == 0)
        let problems = lenient.errors.split(separator: "\n").filter { $0.contains("HTML parser error") }.filter {
            let parts = $0.components(separatedBy: "HTML parser error : Tag ")
            guard parts.count == 2, parts[1].hasSuffix(" invalid") else { return true }
            return !Self.html5Elements.contains(String(parts[1].dropLast(" invalid".count)))
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// The check above does catch a real mistake.
    @Test func theCheckCatchesABrokenPage() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("broken.html")
        try "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>a &b c</span></body></html>\n".write(
            to: url, atomically: true, encoding: .utf8)
        let xmllint = ExternalTool.find("xmllint")!
        #expect(try ExternalTool.run(xmllint, ["--noout", url.path]).status != 0)
        let lenient = try ExternalTool.run(xmllint, ["--html", "--noout", url.path])
        #expect(lenient.errors.contains("HTML parser error : htmlParseEntityRef: expecting ';'"))
    }
}
