// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "airbulletin",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "airbulletin", targets: ["airbulletin"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The pure core: no I/O, no clock, no environment, no dependencies (STYLE.md §1).
        .target(name: "AQI"),
        // File formats shared by the edges: diagnostics, JSON, CSV.
        .target(name: "Formats", dependencies: ["TOMLKit"]),
        // Source adapters: pure decoders from bytes to readings.
        .target(name: "Fetch", dependencies: ["AQI", "Formats"]),
        // Renderers (HTML, JSON, text, Atom, CSV) returning files in memory; SiteWriter writes them.
        .target(
            name: "Publish",
            dependencies: ["AQI", "Formats", .product(name: "Mustache", package: "swift-mustache")]),
        // The use cases, wired from the modules above.
        .target(name: "App", dependencies: ["AQI", "Formats", "Fetch"]),
        // The command line: one library call per command.
        .executableTarget(
            name: "airbulletin",
            dependencies: ["App", "AQI", "Formats", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        .testTarget(name: "FormatsTests", dependencies: ["Formats"]),
        .testTarget(name: "AQITests", dependencies: ["AQI", "Formats"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FetchTests", dependencies: ["Fetch", "AQI", "Formats"], resources: [.copy("Fixtures")]),
        // Checks against the real CNEMC data in ../shared (skipped when it is absent).
        .testTarget(name: "ConformanceTests", dependencies: ["AQI", "Fetch", "Formats"]),
        // Runs the built binary: exact output, errors and exit codes.
        .testTarget(name: "CLITests", dependencies: ["Formats"]),
        // Golden files in Tests/PublishTests/Golden; AIRBULLETIN_RECORD=1 re-records them.
        .testTarget(
            name: "PublishTests", dependencies: ["Publish", "AQI", "Formats", "Fetch", "App"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
