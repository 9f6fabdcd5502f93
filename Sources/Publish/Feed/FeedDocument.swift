/// The view of one feed document (the subscription feed or an archive page).
struct FeedDocument: Sendable {
    struct Entry: Sendable {
        let entryId: String
        let entryTitle: String
        let entryHref: String
        let entryPublished: String
        let entryUpdated: String
        let categoryTerm: String
        let categoryLabel: String
        let entrySummary: String
        let entryContent: String?
        let indexNumber: String
        let publisher: String
        let subject: String
        let generatedOn: String
        let documentNumber: String?
        let disclosureMode: String
        let validity: String
    }

    struct DeletedEntry: Sendable {
        let tombstoneRef: String
        let tombstoneWhen: String
        let tombstoneBy: String?
        let tombstoneComment: String
        let tombstoneIndexNumber: String
    }

    let namespace = AtomFeed.catalogueNamespace
    let isArchive: Bool
    let feedId: String
    let feedTitle: String
    let feedUpdated: String
    let authorName: String
    let selfHref: String
    let siteHref: String
    let currentHref: String?
    let prevArchiveHref: String?
    let nextArchiveHref: String?
    let entries: [Entry]
    let tombstones: [DeletedEntry]
}
