import Publish
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to the process's standard output and error through their file descriptors, so the
/// CLI needs no shared mutable C stream (Swift 6 strict concurrency). A write error ends the
/// write silently: the reader went away (EPIPE), and there is nothing more to say.
public enum StandardStreams {
    public static func writeOut(_ text: String) { write(text, to: .standardOutput) }
    public static func writeError(_ text: String) { write(text, to: .standardError) }

    /// Raw bytes to standard output.
    public static func writeOut(bytes: [UInt8]) { try? FileWriter.writeAll(bytes, to: .standardOutput) }

    public static func writeOut(bytes buffer: UnsafeBufferPointer<UInt8>) {
        try? FileWriter.writeAll(buffer, to: .standardOutput)
    }

    /// Reads standard input into `buffer`; the bytes read, 0 at the end (or on an error).
    /// swift-system retries a read interrupted by a signal.
    public static func readInput(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        (try? FileDescriptor.standardInput.read(into: buffer)) ?? 0
    }

    /// True when the stream is a terminal (progress goes to stderr only then).
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool { isatty(fileDescriptor) == 1 }

    private static func write(_ text: String, to descriptor: FileDescriptor) {
        var text = text
        text.withUTF8 { buffer in try? FileWriter.writeAll(buffer, to: descriptor) }
    }
}
