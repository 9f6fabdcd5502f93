import Foundation

/// Something bytes are appended to one at a time: an array, or a `ByteWriter`.
public protocol ByteAppending: ~Copyable {
    mutating func append(_ byte: UInt8)
}

extension Array: ByteAppending where Element == UInt8 {}

/// An output buffer for the hot loops that write millions of small fragments (`aqi --batch`):
/// each append is a bounds check and a copy into memory this buffer owns, without the
/// uniqueness check and generic path of `Array.append(contentsOf:)`. Not copyable: one owner,
/// memory freed with it.
public struct ByteWriter: ~Copyable, ByteAppending {
    // Internal but inlinable: the appends are inlined into the loops of other modules.
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var used = 0

    public var count: Int { used }

    public init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if used == capacity { grow(to: used + 1) }
        base[used] = byte
        used += 1
    }

    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if used + bytes.count > capacity { grow(to: used + bytes.count) }
        (base + used).update(from: source, count: bytes.count)
        used += bytes.count
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Empties the buffer, keeping its memory.
    public mutating func removeAll() { used = 0 }

    /// Makes room for `extra` more bytes at once.
    public mutating func reserve(_ extra: Int) {
        if used + extra > capacity { grow(to: used + extra) }
    }

    /// The bytes written so far, valid until the next change.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: used))
    }

    @usableFromInline @inline(never)
    mutating func grow(to needed: Int) {
        var next = capacity * 2
        while next < needed { next *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: next)
        bigger.initialize(from: base, count: used)
        base.deallocate()
        base = bigger
        capacity = next
    }
}
