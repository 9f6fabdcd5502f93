import Testing

@testable import TestSupport

@Suite struct SeededGeneratorTests {
    /// SplitMix64's published outputs for the seed 1234567, so a seed replays anywhere.
    @Test func theSameSeedGivesSplitMix64sNumbers() {
        var generator = SeededGenerator(seed: 1_234_567)
        let first = (0..<5).map { _ in generator.next() }
        #expect(
            first == [
                6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
            ])
    }

    @Test func theSeedComesFromAirbulletinSeed() throws {
        #expect(try SeededGenerator.seed(environment: ["AIRBULLETIN_SEED": "42"]) == 42)
        #expect(throws: SeededGenerator.BadSeed(text: "x42")) {
            try SeededGenerator.seed(environment: ["AIRBULLETIN_SEED": "x42"])
        }
        #expect(
            SeededGenerator.BadSeed(text: "x42").description
                == "AIRBULLETIN_SEED=x42 is not a seed: give the decimal number (0 to 2^64-1) the failing test printed")
    }
}
