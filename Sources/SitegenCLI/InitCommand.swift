import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen init [DIR]`: a new site with a config, one sample post and the default theme.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: sitegen.yaml, a sample post and the default templates."
    )

    @Argument(help: "The folder to create the site in.")
    var directory: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        do {
            let written = try SiteInitializer(root: root).run()
            print("Created a new site in \(root.standardizedFileURL.path) (\(written.count) files).")
            print("Next: cd \(directory) && sitegen build")
        } catch let failure as BuildFailure {
            Terminal.print(diagnostics: failure.diagnostics)
            throw ExitCode.failure
        }
    }
}
