import AQI
import Publish

/// The fixed site the golden files show: January 2025 from the bundled sample (the 15th
/// republished as revision 2), two HJ 633—2026 days, a notice and a withdrawn notice from the
/// disclosure side, rendered at a fixed time.
enum GoldenSite {
    static let identity = SiteIdentity(area: SampleBulletins.area, issuer: SampleBulletins.issuer)
    static let generatedAt = SampleBulletins.unixSeconds(LocalDate(year: 2026, month: 3, day: 17), hour: 9, minute: 5)
    static let january15 = LocalDate(year: 2025, month: 1, day: 15)

    /// Revision 2 of 2025-01-15, published two days later with a reason.
    static var republished15: BulletinDocument {
        SampleBulletins.document(
            SampleBulletins.januaryReports[14], revision: 2, reason: "市便民服务中心 17时、18时 PM2.5 数据经审核后确认缺测，重新发布",
            at: SampleBulletins.unixSeconds(LocalDate(year: 2025, month: 1, day: 17), hour: 10, minute: 30))
    }

    static var documents: [BulletinDocument] {
        SampleBulletins.january + [republished15]
            + [SyntheticDays.march15Report(), SyntheticDays.march16Report()].map { SampleBulletins.document($0) }
    }

    static let notice = FeedEntry(
        id: "tag:example.gov.cn,2025:notice/MB0000000-2026-00071", title: "文山市某建设项目环境影响报告表拟批准公示",
        categoryTerm: "eia-approval", categoryLabel: "环评审批",
        published: SampleBulletins.unixSeconds(LocalDate(year: 2026, month: 3, day: 10), hour: 15),
        updated: SampleBulletins.unixSeconds(LocalDate(year: 2026, month: 3, day: 10), hour: 15),
        summary: "拟批准公示期 5 个工作日。", contentHTML: "<p>公示期 2026年3月11日—3月17日。</p>",
        link: "notices/MB0000000-2026-00071.html",
        catalogue: CatalogueMetadata(
            indexNumber: "MB0000000/2026-00071", publisher: SampleBulletins.issuer.name, subject: "环评审批",
            generatedOn: LocalDate(year: 2026, month: 3, day: 10), documentNumber: "文环审〔2026〕7号"))

    static let withdrawn = FeedEntry(
        id: "tag:example.gov.cn,2025:notice/MB0000000-2026-00052", title: "行政处罚决定书", categoryTerm: "penalty",
        categoryLabel: "行政处罚",
        published: SampleBulletins.unixSeconds(LocalDate(year: 2026, month: 3, day: 2), hour: 10),
        updated: SampleBulletins.unixSeconds(LocalDate(year: 2026, month: 3, day: 2), hour: 10), summary: "已撤回",
        contentHTML: nil, link: "notices/MB0000000-2026-00052.html",
        catalogue: CatalogueMetadata(
            indexNumber: "MB0000000/2026-00052", publisher: SampleBulletins.issuer.name, subject: "行政处罚",
            generatedOn: LocalDate(year: 2026, month: 3, day: 2), validity: "已撤回"),
        tombstone: Tombstone(
            when: SampleBulletins.unixSeconds(LocalDate(year: 2026, month: 3, day: 4), hour: 16),
            comment: "处罚决定经复议撤销，依《行政处罚法》第四十八条撤回并说明理由。"))

    /// The rendered site, once per test run (rendering takes a while in debug builds).
    static let files: [RenderedFile] = try! renderSite(content)

    static var content: SiteContent {
        SiteContent(
            identity: identity, bulletins: documents, generatedAt: generatedAt, baseURL: "https://example.gov.cn/air/",
            idAuthority: "example.gov.cn,2025", extraEntries: [notice, withdrawn],
            extraPages: [
                RenderedFile(
                    path: "notices/MB0000000-2026-00071.html",
                    text:
                        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>公示</title></head><body><p>公示</p></body></html>\n"
                )
            ])
    }
}
