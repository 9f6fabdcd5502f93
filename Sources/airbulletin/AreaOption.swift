import ArgumentParser
import Identity

/// `--area CODE`: whose issuer (发布机构) publishes, when the areas have different ones.
struct AreaOption: ParsableArguments {
    @Option(
        name: .customLong("area"),
        help: ArgumentHelp(
            "The area whose issuer (发布机构) publishes; needed when the areas have different issuers.",
            valueName: "CODE"))
    var code: Parsed<AreaCode>?

    func validate() throws { try code?.check("--area") }

    /// The area named, checked by `validate()`.
    var value: AreaCode? { code?.value }
}
