import AQI
import Publish
import Testing

/// The message-length summary and the history.csv row shared with the exporter.
@Suite struct TextAndHistoryTests {
    @Test func everySummaryFitsATextMessage() {
        for doc in SampleBulletins.january + [GoldenSite.republished15] {
            #expect(doc.summaryLine().count <= BulletinDocument.summaryLimit, "\(doc.summaryLine())")
        }
        var long = SampleBulletins.january[14]
        long.area.name = String(repeating: "很长的地名", count: 20)
        #expect(long.summaryLine().count == BulletinDocument.summaryLimit)
        #expect(long.summaryLine().hasSuffix("… 空气质量指数 80，良，首要污染物 PM2.5"))
        #expect(GoldenSite.republished15.summaryLine() == "2025年1月15日 文山市 空气质量指数 80，良，首要污染物 PM2.5（第2版）")
        #expect(
            SampleBulletins.january[14].englishSummaryLine()
                == "Wenshan City, 15 January 2025: AQI 80, Good, primary pollutant PM2.5")
    }

    @Test func historyRowHasTheSharedColumns() {
        #expect(HistoryCSV.header.count == 28)
        #expect(
            HistoryCSV.row(SampleBulletins.january[14]) == [
                "532601", "2025-01-15", "80", "2", "良", "PM2.5", "7", "18", "0.8", "101", "76", "59", "7", "23", "20",
                "51", "63", "80", "24", "24", "24", "24", "24", "24", "114", "36", "hj633-2012", "1",
            ])
        let na = SampleBulletins.document(SyntheticDays.march16Report())
        #expect(
            HistoryCSV.row(na) == [
                "532601", "2026-03-16", "", "", "", "", "6", "22", "0.7", "84", "88", "", "6", "28", "18", "42", "78",
                "", "24", "24", "24", "24", "24", "12", "", "", "hj633-2026", "1",
            ])
    }
}
