import ArgumentParser
import Foundation
import SitegenCore

/// How a command prints its diagnostics: folded or all, warnings or errors only, in colour or not.
struct DiagnosticStyle: ParsableArguments {
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Flag(name: .shortAndLong, help: "Print errors only, no warnings or notes.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "List every file of a warning that many files share, instead of the first three.")
    var verbose = false

    @Option(
        help: ArgumentHelp(
            "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.",
            valueName: "when"))
    var color: ColorChoice = .auto

    func validate() throws {
        if quiet, verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    /// Whether standard error gets colour: `auto` means a terminal and no `NO_COLOR` (any
    /// non-empty value turns it off, as no-color.org asks).
    var usesColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto:
            Terminal.isTerminal(FileHandle.standardError)
                && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        }
    }

    var folding: DiagnosticFolding {
        DiagnosticFolding(verbose: verbose, quiet: quiet, color: usesColor)
    }

    /// `folding` with paths shown from the current folder, for a command on the site at `root`.
    func folding(siteRoot root: URL) -> DiagnosticFolding {
        var folding = folding
        folding.paths = PathDisplay(siteRoot: root)
        return folding
    }
}
