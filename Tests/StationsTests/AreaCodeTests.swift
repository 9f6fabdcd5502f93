import Foundation
import Identity
import Testing

/// GB/T 2260 codes as every module holds them (Identity's one AreaCode).
@Suite struct AreaCodeTests {
    @Test(arguments: ["", "53260", "5326011", "53260A", "５３２６０１", "../x", " 532601", "532601\n"])
    func onlySixASCIIDigitsAreACode(_ text: String) {
        #expect(AreaCode(text) == nil)
    }

    @Test func aCodeKnowsItsLevelAndNumber() {
        let city: AreaCode = "532601"
        #expect(city.number == 532_601 && !city.isPrefectureLevel && !city.isProvinceLevel)
        #expect(AreaCode("532600").isPrefectureLevel && AreaCode("530000").isProvinceLevel)
        #expect(AreaCode("000000").number == 0)
    }

    /// Stored and sent as its six digits; anything else does not decode.
    @Test func aCodeIsCodedAsItsDigits() throws {
        let data = try JSONEncoder().encode(["area": AreaCode("532601")])
        #expect(String(decoding: data, as: UTF8.self) == #"{"area":"532601"}"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: AreaCode].self, from: Data(#"{"area":"5326"}"#.utf8))
        }
    }
}
