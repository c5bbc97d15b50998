import ArgumentParser
import Foundation
import SitegenCore
import SitegenServer

/// `sitegen serve`: a live preview on a local HTTP server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site locally; rebuilds and reloads the browser on every change.",
        discussion: """
            Serves exactly what 'sitegen build' would publish, with the base URL replaced by the \
            server's own address; public/ is not touched. Stop with Ctrl-C.
            """
    )

    @OptionGroup var site: SiteSelection

    @OptionGroup var style: DiagnosticStyle

    @Option(help: "The address to listen on; use 0.0.0.0 to allow other machines.")
    var host: String = "127.0.0.1"

    @Option(name: .shortAndLong, help: "The port; 0 picks a free one.")
    var port: Int = 8000

    @Flag(help: "After every rebuild, print how long each stage took.")
    var timings = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        var options = PreviewOptions(siteRoot: try site.root())
        options.host = host
        options.port = port
        options.includeDrafts = site.drafts
        options.includeFuture = site.future
        options.includeExpired = site.expired
        options.timings = timings
        options.diagnostics = style.folding(siteRoot: options.siteRoot)
        do {
            try await PreviewServer(options: options).run(
                onReady: { address in
                    Terminal.output("Serving \(address) (Ctrl-C to stop)")
                },
                log: { line in Terminal.error(line) })
        } catch let failure as ListenFailure {
            Terminal.error("error: \(failure.description)")
            throw ExitCode.failure
        } catch {
            Terminal.error("error: cannot serve: \(error)")
            throw ExitCode.failure
        }
        Terminal.output("Stopped.")
    }
}
