import AQI
import Foundation
import Publish
import Testing

@Test func scratchRender() throws {
    var docs = SampleBulletins.january
    docs.append(SampleBulletins.document(SampleBulletins.januaryReports[14], revision: 2, reason: "2611A 17时、18时 PM2.5 补测数据入库后重新计算", at: SampleBulletins.unixSeconds(LocalDate(year: 2025, month: 1, day: 17), hour: 10, minute: 30)))
    let content = SiteContent(
        identity: SiteIdentity(area: SampleBulletins.area, issuer: SampleBulletins.issuer), bulletins: docs,
        generatedAt: SampleBulletins.unixSeconds(LocalDate(year: 2025, month: 2, day: 1), hour: 9),
        baseURL: "https://example.gov.cn/air/", idAuthority: "example.gov.cn,2025")
    let files = try renderSite(content)
    let s = try SiteWriter().write(files: files, to: "/tmp/site")
    print(s)
}
