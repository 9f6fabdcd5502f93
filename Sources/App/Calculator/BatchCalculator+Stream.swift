import AQI
import Formats
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BatchCalculator {
    /// The batch over raw bytes, as the CLI runs it: input read in chunks of about 4 MiB cut at a
    /// line end, each chunk's lines answered on every core (the common shape by `FastBatchAnswer`,
    /// any other line the general way), results written in input order. Memory stays bounded by
    /// the chunk, whatever the input's size.
    ///
    /// - Parameters:
    ///   - read: fills the buffer and returns the number of bytes read, 0 at the end.
    ///   - write: receives output bytes in input order.
    public static func stream(
        standard: StandardChoice, today: LocalDate,
        read: (UnsafeMutableRawBufferPointer) -> Int, write: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Summary {
        var summary = Summary()
        var pending: [UInt8] = []
        let outputs = PartBuffers(count: 8)
        var chunk = [UInt8](repeating: 0, count: 4 << 20)
        let fast = FastBatchAnswer()
        // `auto` with no line date resolves by today: the fast path takes only lines that name
        // their standard, so its answers never depend on the default.
        var finished = false
        while !finished {
            let n = chunk.withUnsafeMutableBytes { read($0) }
            if n == 0 {
                finished = true
                if pending.isEmpty { break }
                if pending.last != UInt8(ascii: "\n") { pending.append(UInt8(ascii: "\n")) }
            } else {
                pending += chunk[0..<n]
            }
            guard let lastNewline = pending.lastIndex(of: UInt8(ascii: "\n")) else { continue }
            var lines: [Range<Int>] = []
            lines.reserveCapacity(pending.count / 100)
            pending.withUnsafeBufferPointer { p in
                var start = 0
                while start <= lastNewline, let found = memchr(p.baseAddress! + start, 0x0A, lastNewline + 1 - start) {
                    let end = p.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    lines.append(start..<end)
                    start = end + 1
                }
            }
            let errors = pending.withUnsafeBufferPointer { base in
                answerInParallel(
                    base, lines, firstNumber: summary.lines + 1, standard: standard, today: today, fast: fast,
                    outputs: outputs)
            }
            summary.lines += lines.count
            summary.errors += errors
            for part in 0..<outputs.count { outputs.withBytes(of: part) { if !$0.isEmpty { write($0) } } }
            pending.removeSubrange(...lastNewline)
        }
        return summary
    }

    private static func answerInParallel(
        _ base: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>], firstNumber: Int, standard: StandardChoice,
        today: LocalDate, fast: FastBatchAnswer, outputs: PartBuffers
    ) -> Int {
        let parts = lines.count < 1024 ? 1 : outputs.count
        let share = (lines.count + parts - 1) / parts
        // The chunk is read-only while the parts run; each part fills its own buffer.
        nonisolated(unsafe) let base = base
        for part in parts..<outputs.count { outputs.with(part) { $0.removeAll() } }
        let failures = parallelMap(parts) { part -> Int in
            outputs.with(part) { out in
                out.removeAll()
                var parsed = FastBatchLine()
                var scratch = FastBatchAnswer.Scratch()
                var failed = 0
                let range = (part * share)..<min(lines.count, (part + 1) * share)
                for k in range {
                    let line = lines[k]
                    if FastBatchLine.parse(base, line, into: &parsed),
                        fast.answer(parsed, in: base, shape: fast.shape(of: parsed), scratch: &scratch, into: &out)
                    {
                        out.append(UInt8(ascii: "\n"))
                        continue
                    }
                    let text = UnsafeBufferPointer(rebasing: base[line])
                    let general = answer(
                        String(
                            decoding: text.last == 0x0D ? UnsafeBufferPointer(rebasing: text.dropLast()) : text,
                            as: UTF8.self),
                        number: firstNumber + k, standard: standard, today: today)
                    if general.failed { failed += 1 }
                    out.append(general.text)
                    out.append(UInt8(ascii: "\n"))
                }
                return failed
            }
        }
        return failures.reduce(0, +)
    }
}

/// One output buffer per part of a chunk, kept from chunk to chunk so that their pages are
/// touched once, not once per chunk. Each part reads and writes only its own slot (distinct
/// memory), which is what makes the unchecked `Sendable` sound.
final class PartBuffers: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<ByteWriter>
    let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        for part in 0..<count { (slots + part).initialize(to: ByteWriter(capacity: 1 << 20)) }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Runs `body` on the part's buffer, in place.
    func with<R>(_ part: Int, _ body: (inout ByteWriter) -> R) -> R {
        body(&slots[part])
    }

    func withBytes(of part: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        slots[part].withBytes(body)
    }
}
