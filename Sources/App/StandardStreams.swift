import Glibc

/// Writes to the process's standard output and error through their file descriptors, so the
/// CLI needs no shared mutable C stream (Swift 6 strict concurrency).
public enum StandardStreams {
    public static func writeOut(_ text: String) { write(fileDescriptor: 1, text) }
    public static func writeError(_ text: String) { write(fileDescriptor: 2, text) }

    /// Raw bytes to standard output.
    public static func writeOut(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeOut(bytes: $0) }
    }

    public static func writeOut(bytes buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

    /// Reads standard input into `buffer`; the bytes read, 0 at the end.
    public static func readInput(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            let n = Glibc.read(0, buffer.baseAddress!, buffer.count)
            if n < 0, errno == EINTR { continue }
            return max(n, 0)
        }
    }

    /// True when the stream is a terminal (progress goes to stderr only then).
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool { isatty(fileDescriptor) == 1 }

    private static func write(fileDescriptor: Int32, _ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // the reader went away (EPIPE): nothing more to say
                }
                offset += n
            }
        }
    }
}
