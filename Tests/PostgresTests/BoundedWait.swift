import Foundation

/// A safety net for the fault tests, never a measure: runs `body` on a thread of its own and
/// waits at most `seconds` for it, so that a call that hangs (the first restart test's import
/// never returned) fails the test instead of stalling the whole run. Pass or fail never depends
/// on how long `body` took within the bound.
enum BoundedWait {
    struct Hung: Error, CustomStringConvertible {
        let what: String
        let seconds: Int
        var description: String { "\(what) had not returned after \(seconds) s: it hangs" }
    }

    static func run<T>(_ what: String, seconds: Int = 300, _ body: @escaping () throws -> T) throws -> T {
        let call = Call(body)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            call.run()
            done.signal()
        }
        thread.start()
        guard done.wait(timeout: .now() + .seconds(seconds)) == .success else {
            throw Hung(what: what, seconds: seconds)
        }
        return try call.result!.get()
    }

    /// The body and its result, handed between the two threads: the semaphore orders the accesses.
    private final class Call<T>: @unchecked Sendable {
        let body: () throws -> T
        var result: Result<T, any Error>?
        init(_ body: @escaping () throws -> T) { self.body = body }
        func run() { result = Result { try body() } }
    }
}
