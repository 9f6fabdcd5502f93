/// The language of a rendered page: the bulletin is published in Chinese first, with an
/// English version beside it.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case chinese = "zh-CN"
    case english = "en"

    /// The `lang` attribute value.
    public var tag: String { rawValue }

    /// The file-name suffix before the extension: "" for Chinese, ".en" for English.
    public var pathSuffix: String { self == .chinese ? "" : ".en" }
}
