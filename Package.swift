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
    ],
    targets: [
        // The pure core: no I/O, no clock, no environment, no dependencies (STYLE.md §1).
        .target(name: "AQI"),
        // File formats shared by the edges: diagnostics, JSON, CSV.
        .target(name: "Formats", dependencies: ["TOMLKit"]),
        // libcurl, with typed wrappers for its variadic setopt/getinfo (Sources/CCurl/shim.h).
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // Source adapters: pure decoders from bytes to readings; the libcurl HTTP client.
        .target(name: "Fetch", dependencies: ["AQI", "Formats", "CCurl"]),
        // The use cases, wired from the modules above.
        .target(name: "App", dependencies: ["AQI", "Formats", "Fetch"]),
        // The command line: one library call per command.
        .executableTarget(
            name: "airbulletin",
            dependencies: ["App", "AQI", "Formats", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // A scripted HTTP server on 127.0.0.1 for tests (used only by test targets).
        .target(name: "TestSupport"),

        .testTarget(name: "FormatsTests", dependencies: ["Formats"]),
        .testTarget(name: "AQITests", dependencies: ["AQI", "Formats"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "FetchTests", dependencies: ["Fetch", "AQI", "Formats", "TestSupport"], resources: [.copy("Fixtures")]
        ),
        // Checks against the real CNEMC data in ../shared (skipped when it is absent).
        .testTarget(name: "ConformanceTests", dependencies: ["AQI", "Fetch", "Formats"]),
        // Runs the built binary: exact output, errors and exit codes.
        .testTarget(name: "CLITests", dependencies: ["Formats"]),
    ],
    swiftLanguageModes: [.v6]
)
