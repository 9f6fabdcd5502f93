import Glibc

/// Writes to the process's standard output and error through their file descriptors, so the
/// CLI needs no shared mutable C stream (Swift 6 strict concurrency).
public enum StandardStreams {
    public static func writeOut(_ text: String) { write(fileDescriptor: 1, text) }
    public static func writeError(_ text: String) { write(fileDescriptor: 2, text) }

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
