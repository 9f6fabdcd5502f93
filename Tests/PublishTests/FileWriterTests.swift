import Foundation
import Publish
import SystemPackage
import Testing

/// `FileWriter` streams into a temporary file beside the target and renames it over the target
/// at `commit()`: until then, and after any failure, the target holds its old bytes, and no
/// temporary file is left beside it.
@Suite struct FileWriterTests {
    struct DiskFull: Error {}

    /// Chunk `i` of a deterministic stream: lengths 0 to 4,999 bytes, so the chunks straddle
    /// every buffer boundary.
    static func chunk(_ i: Int) -> [UInt8] {
        Array(repeating: UInt8(truncatingIfNeeded: i), count: (i * 7_919) % 5_000)
    }

    /// Hands `count` chunks to `write`, throwing instead of handing chunk `failingAfter`.
    static func produce(count: Int, failingAfter: Int? = nil, write: ([UInt8]) throws -> Void) throws {
        for i in 0..<count {
            if i == failingAfter { throw DiskFull() }
            try write(chunk(i))
        }
    }

    /// The names in `folder`, sorted.
    static func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func manyChunksAppearWholeAndOnlyAtCommit() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("export.csv")
        try Data("old".utf8).write(to: target)

        let writer = try FileWriter(replacing: target.path)
        try Self.produce(count: 2_000) { try writer.write($0) }
        // Everything is written, but readers still see the old file.
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        try writer.commit()

        let expected = (0..<2_000).flatMap(Self.chunk)
        #expect(expected.count > 4_000_000)
        let written = try [UInt8](Data(contentsOf: target))
        #expect(written.count == expected.count)
        let same = written == expected  // a Bool: Swift Testing would diff two 5 MB arrays
        #expect(same)
        #expect(try Self.entries(folder) == ["export.csv"])
    }

    @Test(arguments: [0, 1, 1_000])
    func aFailureMidwayKeepsTheOldFile(failingAfter: Int) throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("export.csv")
        try Data("old".utf8).write(to: target)

        let writer = try FileWriter(replacing: target.path)
        #expect(throws: DiskFull.self) {
            do {
                try Self.produce(count: 2_000, failingAfter: failingAfter) { try writer.write($0) }
                try writer.commit()
            } catch {
                writer.abandon()
                throw error
            }
        }
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try Self.entries(folder) == ["export.csv"])
    }

    /// A writer dropped without `commit()` (an error thrown past it) cleans up after itself.
    @Test func aDroppedWriterLeavesNothing() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("export.csv")
        do {
            let writer = try FileWriter(replacing: target.path)
            try writer.write(Self.chunk(1))
            #expect(try Self.entries(folder).count == 1)  // the temporary file
        }
        #expect(try Self.entries(folder) == [])
    }

    /// The rename fails when the target is a folder: the folder is untouched, the new file gone.
    @Test func aTargetThatCannotBeReplacedIsLeftAsItWas() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(
            at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)

        let writer = try FileWriter(replacing: target.path)
        try writer.write(Self.chunk(3))
        let error = #expect(throws: FileWriteError.self) { try writer.commit() }
        #expect(error == FileWriteError(path: target.path, reason: .rename(.isDirectory)))
        #expect(error?.description == "cannot move the new file into place at \(target.path): Is a directory")
        #expect(try Self.entries(folder) == ["taken"])
        #expect(try Self.entries(target) == ["inside"])
    }

    @Test func aFolderThatDoesNotExistIsNamed() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("missing/export.csv").path
        let error = #expect(throws: FileWriteError.self) { try FileWriter(replacing: target) }
        #expect(error?.description == "cannot create \(target): No such file or directory")
    }

    /// Whole writes to a descriptor while signals keep interrupting them: a write(2) that a
    /// signal interrupts returns a short count once some bytes went through, EINTR before any
    /// did (the handler is installed without SA_RESTART), and every byte must still arrive.
    @Test func writeAllDeliversEveryByteThroughInterruptions() throws {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        #expect(sigaction(SIGUSR1, &action, nil) == 0)

        let pipe = try FileDescriptor.pipe()
        let bytes = (0..<(4 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let run = PipeRun()
        // A slow reader keeps the writer blocked in write(2), where the signals find it.
        Thread { [reading = pipe.readEnd] in
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 1 << 12)
            while let n = try? buffer.withUnsafeMutableBytes({ try reading.read(into: $0) }), n > 0 {
                received += buffer[..<n]
                usleep(20)
            }
            try? reading.close()
            run.finish(received: received)
        }.start()
        // The writer runs on a thread of its own: the test's thread (a Dispatch worker) blocks signals.
        Thread { [writing = pipe.writeEnd] in
            var usr1 = sigset_t()
            sigemptyset(&usr1)
            sigaddset(&usr1, SIGUSR1)
            pthread_sigmask(SIG_UNBLOCK, &usr1, nil)
            run.start(writer: pthread_self())
            let result = Result { () throws(Errno) in try FileWriter.writeAll(bytes, to: writing) }
            try? writing.close()
            run.finish(written: result)
        }.start()
        let writer = run.waitForWriter()
        var signals = 0
        while !run.isWritten {
            pthread_kill(writer, SIGUSR1)
            signals += 1
            usleep(50)
        }
        let (written, received) = run.waitForBoth()
        #expect(throws: Never.self) { try written.get() }
        // Counts and a Bool: a failed `==` on 4 MiB arrays would make Swift Testing diff them for minutes.
        #expect(received.count == bytes.count)
        let same = received == bytes
        #expect(same)
        #expect(signals > 10)
    }
}

/// The hand-offs between the pipe test and its two threads.
private final class PipeRun: @unchecked Sendable {
    private let lock = NSLock()
    private let started = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private var writer = pthread_t()
    private var written: Result<Void, Errno>?
    private var received: [UInt8] = []

    func start(writer: pthread_t) {
        lock.withLock { self.writer = writer }
        started.signal()
    }

    func waitForWriter() -> pthread_t {
        started.wait()
        return lock.withLock { writer }
    }

    var isWritten: Bool { lock.withLock { written != nil } }

    func finish(written: Result<Void, Errno>) {
        lock.withLock { self.written = written }
        done.signal()
    }

    func finish(received: [UInt8]) {
        lock.withLock { self.received = received }
        done.signal()
    }

    func waitForBoth() -> (Result<Void, Errno>, [UInt8]) {
        done.wait()
        done.wait()
        return lock.withLock { (written!, received) }
    }
}
