import AQI
import Formats

/// Everything `FastBatchAnswer` reads per line, flattened into memory allocated once: output
/// fragments in one byte pool (addressed by offset and length), index maps and IAQI tables as
/// integers. The hot loop reads them through unsafe pointers, so answering a line does no
/// reference counting. Lives as long as the answerer.
final class FastBatchTables: @unchecked Sendable {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let ints: UnsafeMutableBufferPointer<Int32>
    private let owned: Owned

    /// Small tables copied into memory that lives as long as the tables.
    final class Owned: @unchecked Sendable {
        private var allocations: [UnsafeMutableRawPointer] = []

        func keep<T>(_ values: [T]) -> UnsafePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
            p.initialize(from: values, count: values.count)
            allocations.append(UnsafeMutableRawPointer(p))
            return UnsafePointer(p)
        }

        deinit { for p in allocations { p.deallocate() } }
    }

    /// A fragment of `bytes`.
    struct Fragment {
        let offset: Int32
        let count: Int32
    }

    init(bytes pool: [UInt8], ints table: [Int32], owned: Owned) {
        self.owned = owned
        bytes = .allocate(capacity: pool.count)
        _ = bytes.initialize(from: pool)
        ints = .allocate(capacity: table.count)
        _ = ints.initialize(from: table)
    }

    deinit {
        bytes.deallocate()
        ints.deallocate()
    }
}

/// Builds the pools: `add` returns where a fragment or a table went.
struct FastBatchTablesBuilder {
    var bytes: [UInt8] = []
    var ints: [Int32] = []

    mutating func fragment(_ text: String) -> FastBatchTables.Fragment {
        let offset = Int32(bytes.count)
        bytes += Array(text.utf8)
        return FastBatchTables.Fragment(offset: offset, count: Int32(bytes.count) - offset)
    }

    mutating func table(_ values: [Int]) -> Int32 {
        let offset = Int32(ints.count)
        ints += values.map(Int32.init)
        return offset
    }
}

extension ByteWriter {
    /// Appends a fragment of the pool.
    @inline(__always)
    mutating func append(_ f: FastBatchTables.Fragment, from pool: UnsafeMutableBufferPointer<UInt8>) {
        append(UnsafeBufferPointer(start: pool.baseAddress! + Int(f.offset), count: Int(f.count)))
    }
}
