extension BulletinDocument {
    /// The bulletin page of this revision (HTML, self-contained).
    ///
    /// - Parameters:
    ///   - revisions: every revision of the day, listed and linked on the page.
    ///   - latest: the day's latest revision number; other revisions say they were superseded.
    public func html(_ language: Language, revisions: [RevisionInfo], latest: Int) -> String {
        PageTemplates.render("bulletin", BulletinPage(self, language: language, revisions: revisions, latest: latest))
    }
}
