import AQI
import Identity

extension FeedEntry {
    /// The feed's category term of daily bulletins (disclosure.md, Categories).
    public static let dailyBulletinTerm = "air-quality-daily"

    /// The entry id of an area-day, stable across revisions (RFC 4151):
    /// `tag:<authority>:airbulletin/<area code>/<YYYY-MM-DD>`.
    public static func bulletinID(areaCode: AreaCode, date: LocalDate, idAuthority: String) -> String {
        "tag:\(idAuthority):airbulletin/\(areaCode)/\(date)"
    }

    /// The entry of one area-day: `published` is revision 1's time, `updated` the latest
    /// revision's, and the content carries a revision note above revision 1.
    static func bulletin(_ day: BulletinDay, idAuthority: String) -> FeedEntry {
        let doc = day.latest
        let published = doc.revision.publishedAt
        var revisionNote: [String] = []
        if doc.revision.number > 1 {
            let previous = day.revisions[day.revisions.count - 2].revision
            revisionNote.append(
                "修订说明：第\(doc.revision.number)版于 \(published.chinaMinuteText) 发布，原因：\(doc.revision.reason ?? "未说明")；"
                    + "取代 \(previous.publishedAt.chinaMinuteText) 发布的第\(previous.number)版。")
        }
        let advice = doc.city.level.map {
            ["对健康影响情况：\($0.healthEffect(doc.standard))", "建议采取的措施：\($0.measures(doc.standard))"]
        }
        let content = PageTemplates.render(
            "feedContent",
            BulletinFeedContent(
                contentSummary: doc.summaryLine(), contentAdvice: advice ?? [], contentRevision: revisionNote,
                contentStandard: "评价标准：\(Wording.standardName(doc.standard, .chinese))；发布机构：\(doc.issuer.name)。"))
        return FeedEntry(
            id: bulletinID(areaCode: doc.area.code, date: day.date, idAuthority: idAuthority),
            title: "\(day.date.chinese) \(doc.area.name)空气质量日报", categoryTerm: dailyBulletinTerm,
            categoryLabel: "空气质量日报", published: day.first.revision.publishedAt, updated: doc.revision.publishedAt,
            summary: doc.summaryLine(), contentHTML: content, link: SitePaths.dayPage(day.date, .chinese),
            catalogue: CatalogueMetadata(
                indexNumber: doc.revision.indexNumber, publisher: doc.issuer.name, subject: "空气质量日报",
                generatedOn: published.chinaDate))
    }

    /// RFC 3986 percent-encoding of everything but the unreserved characters.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 15)])"
            }
        }
        return out
    }
}

/// The view of a bulletin entry's HTML content.
struct BulletinFeedContent: Sendable {
    let contentSummary: String
    let contentAdvice: [String]
    let contentRevision: [String]
    let contentStandard: String
}
