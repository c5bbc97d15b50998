import ArgumentParser
import SitegenCore

/// `sitegen`: the command-line entry point.
@available(macOS 10.15, *)
public struct SitegenCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static site generator for published analysis.",
        version: SitegenVersion.current,
        subcommands: [BuildCommand.self, ServeCommand.self, ListCommand.self, InitCommand.self]
    )

    public init() {}
}

/// Runs the command line; called by the `sitegen` executable.
public enum SitegenMain {
    public static func run() async {
        await SitegenCommand.main(nil)
    }
}
