import Foundation
import Testing

/// The recorded upstream files under Tests/FetchTests/Fixtures.
enum FixtureFiles {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return Array(try Data(contentsOf: url))
    }
}
