import App
import Formats

/// A configuration refused for its diagnostics (every one, warnings too), then what to do about
/// them, on one line; exit 2:
///
///     stations/wenshan.toml:12: error: …
///     error: fix the stations configuration first (airbulletin stations check)
struct RefusedConfiguration: Error {
    let diagnostics: [Diagnostic]
    let advice: UsageError
}
