/// A news item (环保动态) or another item: its title is the notice's.
public struct Article: Sendable, Equatable {
    public var body: String

    public init(
        body: String
    ) {
        self.body = body
    }
}
