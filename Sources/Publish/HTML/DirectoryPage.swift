import AQI

/// The root `index.html` of a site that carries several areas (a province): one row per area
/// with its latest bulletin, linking to the area's own site in `<area code>/`.
struct DirectoryPage: Sendable {
    struct Row: Sendable {
        let rowHref: String
        let rowName: String
        let rowDate: String
        let rowAQI: String
        let rowCategory: String
        let rowBackground: String
        let rowInk: String
    }

    let frame: PageFrame
    let heading: String
    let rows: [Row]
}

/// Renders the directory page of a multi-area site from each area's latest documents.
public func renderAreaDirectory(
    title: String, englishTitle: String, issuer: Issuer, areas: [(identity: SiteIdentity, latest: BulletinDocument?)]
) -> RenderedFile {
    let identity = SiteIdentity(area: BulletinArea(code: "", name: title, englishName: englishTitle), issuer: issuer)
    let rows = areas.map { area, latest -> DirectoryPage.Row in
        let level = latest?.city.aqi.map(AirQualityLevel.init(aqi:))
        return DirectoryPage.Row(
            rowHref: SitePaths.areaPrefix(area.area.code) + "index.html", rowName: area.area.name,
            rowDate: latest.map { $0.date.chinese } ?? "—",
            rowAQI: latest.map { $0.city.aqi.map(String.init) ?? "NA" } ?? "—",
            rowCategory: level?.category ?? "—", rowBackground: level?.hex ?? "#EEEEEE",
            rowInk: level?.foregroundHex ?? "#000000")
    }
    let page = DirectoryPage(
        frame: PageFrame(language: .chinese, pageTitle: "\(title)空气质量", root: "", content: identity),
        heading: "\(title)空气质量日报", rows: rows.sorted { $0.rowHref < $1.rowHref })
    return RenderedFile(path: "index.html", text: PageTemplates.render("directory", page))
}

enum DirectoryTemplate {
    static let text = """
        {{<page}}{{$main}}
        <h1>{{heading}}</h1>
        <table class="directory">
        <thead><tr><th scope="col">区域</th><th scope="col">日期</th><th scope="col">AQI</th><th scope="col">类别</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><th scope="row"><a href="{{rowHref}}">{{rowName}}</a></th><td>{{rowDate}}</td><td style="background:{{rowBackground}};color:{{rowInk}}">{{rowAQI}}</td><td>{{rowCategory}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{/main}}{{/page}}

        """
}
