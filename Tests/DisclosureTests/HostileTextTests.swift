import AQI
import Disclosure
import Formats
import Testing

/// Text a clerk's file (or an attacker's) may try to publish: markup is kept as text (the
/// renderers escape it), control characters and absurd lengths are refused with the field named,
/// and an identifier is never a path.
@Suite struct HostileTextTests {
    func errors(_ text: String) -> [String] {
        Fixtures.errors { _ = try NoticeFile.parse(text: text, file: "h.toml") }
    }

    func news(title: String, body: String) -> String {
        "kind = \"news\"\ntitle = \"\(title)\"\nbody = \"\(body)\"\n"
    }

    @Test func markupIsKeptAsTextForTheRenderersToEscape() throws {
        let draft = try #require(
            try NoticeFile.parse(
                text: news(title: "<script>alert(1)</script> & \\\"quotes\\\" ]]>", body: "<b>x</b>"), file: "h.toml"
            ).first)
        #expect(draft.title == "<script>alert(1)</script> & \"quotes\" ]]>")
    }

    @Test func controlCharactersAreRefusedNamingTheField() {
        #expect(
            errors(news(title: "a\\u0007b", body: "x")) == [
                "h.toml:2: error: \"title\" (标题) contains the control character U+0007; remove it"
            ])
        #expect(
            errors(news(title: "t", body: "line\\nnext\\tcol\\u001b[31m")) == [
                "h.toml:3: error: \"body\" (正文) contains the control character U+001B; remove it"
            ])
        // A right-to-left override can make a text read differently from what it says.
        #expect(
            errors(news(title: "abc\\u202Etxt.exe", body: "x")) == [
                "h.toml:2: error: \"title\" (标题) contains the control character U+202E; remove it"
            ])
        // A line field takes no newline; a paragraph field does.
        #expect(
            errors(news(title: "a\\nb", body: "x")) == [
                "h.toml:2: error: \"title\" (标题) contains the control character U+000A; remove it"
            ])
    }

    @Test func aFieldOf100000CharactersIsRefusedWithItsLimit() {
        let long = String(repeating: "污", count: 100_000)
        #expect(
            errors(news(title: long, body: "x")) == [
                "h.toml:2: error: \"title\" (标题) is 100000 characters long (at most 200 are allowed)"
            ])
        #expect(
            errors(news(title: "t", body: long)) == [
                "h.toml:3: error: \"body\" (正文) is 100000 characters long (at most 20000 are allowed)"
            ])
    }

    @Test func onlyHTTPLinksAreAccepted() {
        let text = Fixtures.proposedTOML + "\nfull_text_url = \"javascript:alert(1)\""
        #expect(
            errors(text) == [
                "h.toml:10: error: \"full_text_url\" (环评文件全本) must be an http:// or https:// link, found \"javascript:alert(1)\""
            ])
    }

    @Test func anIdentifierFromInputIsNeverAPath() {
        #expect(IndexNumber("../../x") == nil)
        #expect(IndexNumber("11532601MB0123456B/../../2025-00001") == nil)
        #expect(IndexNumber("11532601MB0123456B/2025-00001/..") == nil)
        #expect(IndexNumber("11532601MB0123456C/2025-00001") == nil)  // wrong check character
        let id = IndexNumber("11532601MB0123456B/2025-00042")
        #expect(id?.serial == 42 && id?.pagePath == "notices/11532601MB0123456B/2025-00042.html")
        #expect(RecordID("../x") == nil && RecordID("..") == nil && RecordID("a\u{0}b") == nil)
        #expect(RecordID("文环公开〔2025〕3号")?.text == "文环公开〔2025〕3号")
    }
}
