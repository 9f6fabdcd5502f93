import AQI
import App
import Disclosure
import Formats
import Testing

/// Placeholder replaced below.
@Suite struct NoticeUseCaseTests {}
