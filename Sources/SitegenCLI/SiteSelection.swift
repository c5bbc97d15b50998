import ArgumentParser
import Foundation
import SitegenCore

/// The options that choose what a command builds: the site folder and what is published.
struct SiteSelection: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: "The site folder (default: the current folder, or the nearest folder above it that holds content/).")
    var source: String?

    @Flag(help: "Include posts and pages marked draft.")
    var drafts = false

    @Flag(help: "Include posts dated in the future.")
    var future = false

    @Flag(help: "Include posts and pages past their expiryDate.")
    var expired = false

    /// The site folder; when there is none, prints why and fails the command.
    func root() throws -> URL {
        do {
            return try SiteLocator().locate(
                source: source, from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode.failure
        }
    }

    /// Build options for this selection.
    func buildOptions(output: String? = nil, baseURL: String? = nil) throws -> BuildOptions {
        var options = BuildOptions(siteRoot: try root(), output: output.map { URL(fileURLWithPath: $0) })
        options.includeDrafts = drafts
        options.includeFuture = future
        options.includeExpired = expired
        options.baseURL = baseURL
        return options
    }
}
