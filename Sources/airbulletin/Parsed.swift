import App
import ArgumentParser

/// A value an option takes, with the sentence that refuses any other text: the CLI contract's
/// wording (ARCHITECTURE.md), which the tests pin.
protocol CheckedArgument: ExpressibleByArgument {
    /// `--standard: unknown standard "hj633" (expected auto, hj633-2026, hj633-2012, us-epa-2024)`
    static func refusal(of text: String, for option: String) -> String
}

/// An option's text parsed into `Value`, or kept as typed when it is none of Value's.
///
/// The library would refuse such a text itself, in its own words, with the usage text and exit
/// 64. Kept, it reaches the command's `validate()`, which refuses it with Value's sentence
/// (`try standard.check("--standard")`): one line and exit 2, like every other usage error. The
/// help still lists Value's choices and default.
enum Parsed<Value: CheckedArgument>: ExpressibleByArgument {
    case valid(Value)
    case invalid(String)

    init(argument: String) {
        self = Value(argument: argument).map(Parsed.valid) ?? .invalid(argument)
    }

    /// Refuses a text that is none of Value's; `option` is the option's name on the command line.
    func check(_ option: String) throws(UsageError) {
        if case .invalid(let text) = self { throw UsageError(Value.refusal(of: text, for: option)) }
    }

    /// The value: the command's `validate()` has refused any other text before `run()` reads it.
    var value: Value {
        guard case .valid(let value) = self else { preconditionFailure("validate() checks every option before run()") }
        return value
    }

    var defaultValueDescription: String {
        switch self {
        case .valid(let value): value.defaultValueDescription
        case .invalid(let text): text
        }
    }

    static var allValueStrings: [String] { Value.allValueStrings }

    static var defaultCompletionKind: CompletionKind { Value.defaultCompletionKind }
}

extension Parsed: Sendable where Value: Sendable {}
