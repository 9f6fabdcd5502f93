import AQI

/// All revisions of one area-day, oldest first.
struct BulletinDay: Sendable {
    let date: LocalDate
    /// Revisions in ascending number; never empty.
    let revisions: [BulletinDocument]

    var latest: BulletinDocument { revisions[revisions.count - 1] }
    var first: BulletinDocument { revisions[0] }

    /// Groups documents by date, checking that each revision number appears once per day.
    static func group(_ documents: [BulletinDocument]) throws(SiteError) -> [BulletinDay] {
        var days: [BulletinDay] = []
        for (date, docs) in Dictionary(grouping: documents, by: \.date).sorted(by: { $0.key < $1.key }) {
            let sorted = docs.sorted { $0.revision.number < $1.revision.number }
            for (a, b) in zip(sorted, sorted.dropFirst()) where a.revision.number == b.revision.number {
                throw SiteError(
                    "\(date): revision \(a.revision.number) appears twice (each revision is published once)")
            }
            days.append(BulletinDay(date: date, revisions: sorted))
        }
        return days
    }
}
