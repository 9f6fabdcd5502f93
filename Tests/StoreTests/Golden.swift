import TestSupport

/// Golden files in Tests/StoreTests/Fixtures: `try golden.check(text, "name")`. Re-record them with
/// `AIRBULLETIN_RECORD=1 swift test --filter StoreTests` and review the change with `git diff`.
let golden = GoldenFolder(beside: #filePath, named: "Fixtures")
