import Formats
import Testing

@Suite struct ByteWriterTests {
    /// Bytes, buffers and strings appended past the initial capacity come out whole and in order;
    /// `removeAll` keeps nothing of them.
    @Test func appendsGrowTheBufferAndKeepEveryByte() {
        var writer = ByteWriter(capacity: 16)
        var expected: [UInt8] = []
        for i in 0..<1000 {
            writer.append(UInt8(i % 251))
            expected.append(UInt8(i % 251))
            let chunk = [UInt8](repeating: UInt8(i % 7), count: i % 40)
            chunk.withUnsafeBufferPointer { writer.append($0) }
            expected += chunk
        }
        writer.append("空气质量")
        expected += Array("空气质量".utf8)
        #expect(writer.count == expected.count)
        #expect(writer.withBytes { Array($0) } == expected)
        writer.removeAll()
        #expect(writer.count == 0)
        writer.append(UInt8(ascii: "x"))
        #expect(writer.withBytes { Array($0) } == [UInt8(ascii: "x")])
    }
}
