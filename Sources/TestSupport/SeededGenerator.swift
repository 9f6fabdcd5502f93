import Foundation

/// A random number generator that replays: SplitMix64 (Steele, Lea and Flood, 2014), the same numbers from the
/// same seed on every machine. A randomised test takes its seed from `SeededGenerator.seed()` and prints it, so
/// that the line a failure names can be given back as `AIRBULLETIN_SEED=<seed> swift test --filter <Suite>`.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// AIRBULLETIN_SEED when it is set (to replay a failure), else a fresh seed (to try new cases each run).
    public static func seed(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> UInt64 {
        guard let text = environment["AIRBULLETIN_SEED"] else { return UInt64.random(in: .min ... .max) }
        guard let seed = UInt64(text) else { throw BadSeed(text: text) }
        return seed
    }

    /// AIRBULLETIN_SEED is set to something that is not a seed.
    public struct BadSeed: Error, Equatable, CustomStringConvertible {
        public let text: String
        public var description: String {
            "AIRBULLETIN_SEED=\(text) is not a seed: give the decimal number (0 to 2^64-1) the failing test printed"
        }
    }
}
