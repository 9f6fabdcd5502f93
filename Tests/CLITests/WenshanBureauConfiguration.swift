import Foundation

/// The configuration of a Wenshan bureau on the bundled stations (`stations/`), publishing 532601 into
/// `public` from `air.sqlite`, or from the PostgreSQL server `database` names: the export and
/// `db copy` tests' bureau.
enum WenshanBureauConfiguration {
    static func text(database url: String? = nil) -> String {
        """
        [paths]
        stations = "\(CLI.packageRoot.appendingPathComponent("stations").path)"
        database = "air.sqlite"
        site = "public"

        [site]
        base_url = "https://example.invalid/wenshan/"
        id_authority = "example.invalid,2026"
        areas = ["532601"]
        rehearsal = true

        [run]
        catch_up_days = 31
        fetch_attempts = 1

        """ + (url.map { "[database]\nurl = \"\($0)\"\n" } ?? "")
    }
}
