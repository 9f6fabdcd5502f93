import TestSupport

/// Golden files in Tests/DisclosureTests/Golden: `try golden.check(text, "name")`. Re-record them with
/// `AIRBULLETIN_RECORD=1 swift test --filter DisclosureTests` and review the change with `git diff`.
let golden = GoldenFolder(beside: #filePath)
