import ArgumentParser
import Foundation
import SitegenCore
import SitegenText

/// `sitegen list`: every output of the site, one a line, without writing anything.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every output of the site: path, kind and what it comes from.",
        discussion: """
            Prints one line per output, sorted by path: the link path (with the base URL's \
            sub-path), its kind (page, feed, data, redirect, copy) and its source file or what \
            generates it. Nothing is written. Compare it with the URL list of a site you move to \
            sitegen, to see that every old address is kept.
            """
    )

    @OptionGroup var site: SiteSelection

    @OptionGroup var style: DiagnosticStyle

    @Option(name: .customLong("base-url"), help: "Use this base URL instead of the one in sitegen.yaml.")
    var baseURL: String?

    @Option(
        name: .customLong("kind"),
        help: "Only outputs of these kinds (page, feed, data, redirect, copy); may be repeated.")
    var kinds: [String] = []

    func validate() throws {
        for kind in kinds where OutputKind(rawValue: kind) == nil {
            throw ValidationError(
                "unknown kind '\(kind)'; use " + OutputKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() async throws {
        var folding = style.folding
        do {
            let options = try site.buildOptions(baseURL: baseURL)
            folding = style.folding(siteRoot: options.siteRoot)
            let prepared = try await SiteBuilder(options: options).prepare()
            Terminal.print(diagnostics: prepared.diagnostics, style: folding)
            let selected = kinds.isEmpty ? Set(OutputKind.allCases) : Set(kinds.compactMap(OutputKind.init))
            for line in PlanListing(prepared, kinds: selected).lines { Swift.print(TerminalText.escaped(line)) }
        } catch let failure as BuildFailure {
            Terminal.print(diagnostics: failure.diagnostics, style: folding)
            let count = failure.errors.count
            Terminal.error("cannot list the site: \(count) error\(count == 1 ? "" : "s")")
            throw ExitCode.failure
        }
    }
}
