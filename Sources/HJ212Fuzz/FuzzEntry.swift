import Foundation

#if HJ212_FUZZ
    /// libFuzzer's entry (scripts/hj212-fuzz builds this target with -sanitize=fuzzer -D HJ212_FUZZ).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        ParserFuzzing.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    /// Without libFuzzer: replays the files given (a crash libFuzzer saved, a corpus) through the
    /// same checks, so that a finding can be rerun in a debugger.
    @main
    enum FuzzReplay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("hj212-fuzz: cannot read \(path)\n".utf8))
                    exit(2)
                }
                ParserFuzzing.run(Array(data))
            }
            print("hj212-fuzz: \(CommandLine.arguments.count - 1) inputs replayed, no failed check")
        }
    }
#endif
