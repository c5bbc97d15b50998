import ArgumentParser
import Foundation
import SitegenCore

/// The options that choose what a command builds: the site folder and what is published.
struct SiteSelection: ParsableArguments {
    @Option(name: .shortAndLong, help: "The site folder.")
    var source: String = "."

    @Flag(help: "Include posts and pages marked draft.")
    var drafts = false

    @Flag(help: "Include posts dated in the future.")
    var future = false

    @Flag(help: "Include posts and pages past their expiryDate.")
    var expired = false

    var root: URL { URL(fileURLWithPath: source).standardizedFileURL }

    /// Build options for this selection.
    func buildOptions(output: String? = nil, baseURL: String? = nil) -> BuildOptions {
        var options = BuildOptions(siteRoot: root, output: output.map { URL(fileURLWithPath: $0) })
        options.includeDrafts = drafts
        options.includeFuture = future
        options.includeExpired = expired
        options.baseURL = baseURL
        return options
    }
}
