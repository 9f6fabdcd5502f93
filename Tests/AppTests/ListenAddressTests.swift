import App
import Testing

/// `--listen` and `[receive] listen`: HOST:PORT, an IPv6 host in brackets.
@Suite struct ListenAddressTests {
    @Test(arguments: [
        ("0.0.0.0:2120", "0.0.0.0", 2120), ("[::]:2120", "::", 2120), ("127.0.0.1:0", "127.0.0.1", 0),
        ("[fe80::1]:65535", "fe80::1", 65_535), ("receiver.example.gov.cn:6001", "receiver.example.gov.cn", 6001),
    ])
    func anAddressIsReadAndWrittenBack(_ text: String, _ host: String, _ port: Int) throws {
        let address = try #require(ListenAddress(text))
        #expect(address.host == host && address.port == port)
        #expect(address.description == text)
    }

    @Test(arguments: [
        "2120", ":2120", "0.0.0.0:", "0.0.0.0:65536", "0.0.0.0:-1", "0.0.0.0:+80", "[::1]", "[]:80", "::1:80",
        "a b:80", "-host:80", "host/../x:80", "[::1]x:80", "0.0.0.0:２１２０",
    ])
    func anythingElseIsRefused(_ text: String) {
        #expect(ListenAddress(text) == nil)
    }

    @Test func theRefusalSaysWhatIsExpected() {
        #expect(
            ListenAddress.refusal(of: "nowhere", for: "--listen")
                == "--listen: \"nowhere\" is not HOST:PORT (e.g. 0.0.0.0:2120, [::]:2120 or 127.0.0.1:0)")
    }
}
