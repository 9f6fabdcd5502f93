/// US EPA AQI categories and colours (TAD 2024 Table 2; aqi-standards.md §5.3).
public struct EPACategory: Sendable, Hashable {
    public let name: String
    public let colorName: String
    public let rgb: [Int]
    /// The highest AQI of the category (Hazardous has no top: the index may pass 500).
    public let top: Int

    public static let all: [EPACategory] = [
        EPACategory(name: "Good", colorName: "Green", rgb: [0, 228, 0], top: 50),
        EPACategory(name: "Moderate", colorName: "Yellow", rgb: [255, 255, 0], top: 100),
        EPACategory(name: "Unhealthy for Sensitive Groups", colorName: "Orange", rgb: [255, 126, 0], top: 150),
        EPACategory(name: "Unhealthy", colorName: "Red", rgb: [255, 0, 0], top: 200),
        EPACategory(name: "Very Unhealthy", colorName: "Purple", rgb: [143, 63, 151], top: 300),
        EPACategory(name: "Hazardous", colorName: "Maroon", rgb: [126, 0, 35], top: Int.max),
    ]

    public init(aqi: Int) {
        self = EPACategory.all.first { aqi <= $0.top }!
    }

    private init(name: String, colorName: String, rgb: [Int], top: Int) {
        self.name = name
        self.colorName = colorName
        self.rgb = rgb
        self.top = top
    }
}
