import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen init [DIR]`: a new site with a config and sample content; `--theme` adds a copy of
/// the default theme to change.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: sitegen.yaml and sample posts (with --theme, the default templates too).",
        discussion: """
            Without --theme the site uses the built-in theme; add only the templates you change to \
            templates/ (any file you do not have comes from the built-in theme). In an existing site, \
            --theme copies the default theme files that templates/ lacks. Nothing is overwritten.
            """
    )

    @Argument(help: "The folder to create the site in.")
    var directory: String = "."

    @Flag(help: "Also copy the whole default theme into templates/, to change it.")
    var theme = false

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        do {
            switch try SiteInitializer(root: root, theme: theme).run() {
            case .created(let written):
                print("Created a new site in \(root.standardizedFileURL.path) (\(written.count) files).")
                print("Next: cd \(directory) && sitegen serve")
            case .themeCopied(let written, let kept):
                print(
                    "Copied \(written.count) files of the default theme into templates/"
                        + (kept.isEmpty ? "." : " (\(kept.count) already there, kept as they are)."))
            }
        } catch let failure as BuildFailure {
            Terminal.print(diagnostics: failure.diagnostics)
            throw ExitCode.failure
        }
    }
}
