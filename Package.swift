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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // FileDescriptor: whole writes and reads that retry EINTR and short writes (Publish's FileWriter).
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // The HJ 212 receiver's TCP server (`airbulletin receive`): no hand-written socket loop.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // The pure core: no I/O, no clock, no environment, no dependencies (STYLE.md §1).
        .target(name: "AQI"),
        // The identities every module shares, each defined once: area codes (GB/T 2260), organisation
        // codes (GB 32100 / GB 11714, one check), credit codes. Pure, no dependencies.
        .target(name: "Identity"),
        // HJ 212 (the stations' transmission protocol): framing, CRC, data segments, answers. Pure.
        .target(name: "HJ212", dependencies: ["AQI"]),
        // File formats shared by the edges: diagnostics, TOML with key lines, JSON, CSV.
        .target(name: "Formats", dependencies: ["TOMLKit"]),
        // libcurl, with typed wrappers for its variadic setopt/getinfo (Sources/CCurl/shim.h).
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // Source adapters (pure decoders from bytes to readings), quality control, the libcurl client.
        .target(name: "Fetch", dependencies: ["AQI", "Formats", "CCurl", "Stations"]),
        // stations/*.toml: areas, stations, sources; every problem as FILE:LINE.
        .target(name: "Stations", dependencies: ["AQI", "Formats", "Identity"]),
        // The database: readings and bulletins with every revision kept (SQLite through GRDB, WAL).
        .target(
            name: "Store",
            dependencies: [
                "AQI", "Disclosure", "Identity", .product(name: "GRDB", package: "GRDB.swift"),
                // The import hot path binds integers straight to GRDB's prepared statements.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // libpq, PostgreSQL's reference client: synchronous like the program, TLS and COPY built in.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // The PostgreSQL store for a province (issue 14): connections, the schema and migrations in
        // PostgreSQL's dialect, the advisory locks, the readings import through COPY.
        .target(
            name: "Postgres",
            dependencies: [
                "AQI", "CLibPQ", "Disclosure", "Formats", "Identity", "Store",
                // The store's records read PostgreSQL rows as GRDB rows (PostgresResult+Rows.swift).
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // Notices, the working-day calendar, the disclosure register and the annual report: pure.
        .target(
            name: "Disclosure",
            dependencies: ["AQI", "Formats", "Identity", .product(name: "Mustache", package: "swift-mustache")]),
        // Renderers (HTML, JSON, text, Atom, CSV) returning files in memory; SiteWriter writes them,
        // through FileWriter, the program's one writer of files and streams.
        .target(
            name: "Publish",
            dependencies: [
                "AQI", "Formats", "Disclosure", "Identity", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]),
        // `airbulletin receive`: the HJ 212 server on SwiftNIO, its bounded queue and its one store writer.
        .target(
            name: "Receive",
            dependencies: [
                "AQI", "HJ212", "Stations", "Store", "Fetch",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]),
        // The use cases, wired from the modules above.
        .target(
            name: "App",
            dependencies: [
                "AQI", "Formats", "Fetch", "Stations", "Store", "Disclosure", "Publish", "Identity", "Receive",
                "Postgres",
                .product(name: "SystemPackage", package: "swift-system"),
            ]),
        // The command line: one library call per command.
        .executableTarget(
            name: "airbulletin",
            dependencies: [
                "App", "AQI", "Formats", "Disclosure", "Fetch", "Identity", "Stations", "Store", "Receive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmark tools for scripts/bench: synthetic national data, in-process measurements.
        .executableTarget(
            name: "airbulletin-bench",
            dependencies: [
                "AQI", "Fetch", "Formats", "App", "Publish", "Identity", "HJ212",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // hj212-simulate: the stations' side of the receiver benchmark.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Sources/Bench"),
        // The HJ 212 parser under libFuzzer (scripts/hj212-fuzz, called by scripts/bench; not CI). Built
        // normally, it replays the inputs it is given.
        .executableTarget(name: "hj212-fuzz", dependencies: ["AQI", "HJ212"], path: "Sources/HJ212Fuzz"),
        // A scripted HTTP server on 127.0.0.1 for tests (used only by test targets).
        .target(name: "TestSupport"),
        // A database of its own on the cluster scripts/test starts, for the tests of both backends.
        .target(name: "PostgresTestSupport", dependencies: ["Postgres"]),

        .testTarget(name: "HJ212Tests", dependencies: ["HJ212", "AQI"]),
        .testTarget(
            name: "ReceiveTests",
            dependencies: [
                "Receive", "HJ212", "AQI", "App", "Stations", "Store", "Fetch", "Formats", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats", "TestSupport"]),
        .testTarget(name: "AQITests", dependencies: ["AQI", "Formats"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "FetchTests", dependencies: ["Fetch", "AQI", "Formats", "TestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "StationsTests", dependencies: ["Stations", "AQI", "Formats", "Identity"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "StoreTests",
            dependencies: [
                "Store", "AQI", "Disclosure", "Fetch", "Identity", "TestSupport",
                // The disclosure contract tests run on PostgreSQL too (RepositoryUnderTest).
                "Postgres", "PostgresTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures"]),
        // Against the throwaway cluster scripts/test starts (AIRBULLETIN_TEST_DATABASE_URL).
        .testTarget(
            name: "PostgresTests",
            dependencies: ["Postgres", "Store", "AQI", "Fetch", "Identity", .product(name: "GRDB", package: "GRDB.swift")]),
        // Golden files are read from the source tree so that AIRBULLETIN_RECORD=1 can re-record them.
        .testTarget(
            name: "DisclosureTests", dependencies: ["Disclosure", "AQI", "Formats", "Identity", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(name: "DisclosureAppTests", dependencies: ["App", "Disclosure", "AQI", "Formats", "Identity"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "AQI", "Formats", "Fetch", "Stations", "Store", "Publish", "Disclosure", "TestSupport",
                // The run's policy tests run on both backends (the cluster scripts/test starts).
                "Postgres", "PostgresTestSupport",
            ]),
        // Checks against the real CNEMC data in ../shared (skipped when it is absent).
        .testTarget(name: "ConformanceTests", dependencies: ["AQI", "Fetch", "Formats"]),
        // Runs the built binary: exact output, errors and exit codes.
        // The PostgreSQL import tests make their databases on the cluster through Postgres.
        .testTarget(
            name: "CLITests", dependencies: ["Formats", "HJ212", "TestSupport", "Postgres"], exclude: ["Golden"]),
        // Golden files in Tests/PublishTests/Golden; AIRBULLETIN_RECORD=1 re-records them.
        .testTarget(
            name: "PublishTests",
            dependencies: [
                "Publish", "AQI", "Formats", "Fetch", "App", "Identity", "TestSupport",
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
