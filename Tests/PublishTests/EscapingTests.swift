import AQI
import Identity
import Publish
import Testing

/// Hostile names are escaped in every format: HTML, the Atom XML and JSON.
@Suite struct EscapingTests {
    static let hostile = #"<script>alert("x")</script> & 'q' ]]>"#

    static var files: [RenderedFile] {
        let issuer = Issuer(name: "环保局" + hostile, englishName: "Bureau " + hostile, organisation: OrganisationCode("MB0000000")!)
        let report = SampleBulletins.januaryReports[14]
        let stations = report.stations.map { day in
            StationHours(
                code: StationCode(day.code)!, name: day.name + hostile, isAssessment: true,
                readings: SampleBulletins.readings, day: report.date)
        }
        let renamed = DailyReport(
            areaCode: report.areaCode, areaName: report.areaName, date: report.date, standard: report.standard,
            stations: stations, areaCoverage: .full)
        let doc = SampleBulletins.document(renamed, issuer: issuer)
        return try! renderSite(
            SiteContent(
                identity: SiteIdentity(area: SampleBulletins.area, issuer: issuer), bulletins: [doc],
                generatedAt: 0, baseURL: "https://example.gov.cn/air/", idAuthority: "example.gov.cn,2025"))
    }

    @Test func stationAndIssuerAreEscapedInHTMLXMLAndJSON() throws {
        let files = Self.files
        let page = try #require(files.first { $0.path == "bulletins/2025/2025-01-15.html" }).text
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; ]]&gt;"
        #expect(page.contains("州水务局" + escaped))
        #expect(page.contains("环保局" + escaped))

        let feed = try #require(files.first { $0.path == "feed.xml" }).text
        #expect(feed.contains("<author><name>环保局\(escaped)</name></author>"))
        #expect(feed.contains("<gk:publisher>环保局\(escaped)</gk:publisher>"))
        // The entry content is HTML escaped once more inside the XML.
        #expect(feed.contains("发布机构：环保局&amp;lt;script&amp;gt;alert(&amp;quot;x&amp;quot;)"))

        let json = try #require(files.first { $0.path == "bulletins/2025/2025-01-15.json" }).text
        #expect(json.contains(#""name": "州水务局\u003cscript\u003ealert(\"x\")\u003c/script\u003e \u0026 'q' ]]\u003e""#))

        for file in files where !file.path.hasSuffix(".txt") && !file.path.hasSuffix(".csv") {
            #expect(!file.text.contains("<script"), "\(file.path)")
            #expect(!file.text.contains("]]>"), "\(file.path)")
        }
        let document = try BulletinDocument.decode(json: json)
        #expect(document.issuer.name == "环保局" + Self.hostile)
    }

    /// Characters XML 1.0 forbids never reach the feed or a page.
    @Test func controlCharactersAreDropped() throws {
        var doc = SampleBulletins.january[0]
        doc.area.name = "文山\u{1}市\u{7F}"
        doc.issuer.name = "局\u{0B}"
        let html = doc.html(.chinese, revisions: [doc.revision], latest: 1)
        #expect(html.contains("<h1>文山市空气质量日报</h1>"))
        #expect(!html.unicodeScalars.contains { $0.value == 1 || $0.value == 0x0B || $0.value == 0x7F })
        #expect(doc.summaryLine() == "2025年1月1日 文山市 空气质量指数 49，优")
    }
}
