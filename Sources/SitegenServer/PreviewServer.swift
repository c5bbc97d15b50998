import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import SitegenCore

/// What `sitegen serve` is asked to do.
public struct PreviewOptions: Sendable {
    public var siteRoot: URL
    public var host = "127.0.0.1"
    /// 0 picks a free port.
    public var port = 8000
    public var includeDrafts = false
    public var includeFuture = false
    public var includeExpired = false
    /// How often the sources are checked for changes when they are polled.
    public var pollInterval: Duration = .milliseconds(100)
    /// Poll even where inotify is available.
    public var forcePolling = false
    /// Log the time of each stage after every rebuild (`sitegen serve --timings`).
    public var timings = false
    /// How diagnostics are printed; after the first build, only warnings that are new are.
    public var diagnostics = DiagnosticFolding()

    public init(siteRoot: URL) {
        self.siteRoot = siteRoot
    }
}

/// The live preview: serves the site as `sitegen build` would publish it, rebuilt on every change,
/// with live reload. Runs until SIGINT or SIGTERM.
public struct PreviewServer: Sendable {
    public let options: PreviewOptions

    public init(options: PreviewOptions) {
        self.options = options
    }

    /// Runs the preview. `onReady` receives the address once the first build is done; `log`
    /// receives rebuild summaries and diagnostics. Throws `ListenFailure` at once, before building,
    /// when the address cannot be listened on.
    public func run(
        onReady: @escaping @Sendable (String) -> Void, log: @escaping @Sendable (String) -> Void
    ) async throws {
        try PortProbe.check(host: options.host, port: options.port)
        var buildOptions = BuildOptions(siteRoot: options.siteRoot)
        buildOptions.includeDrafts = options.includeDrafts
        buildOptions.includeFuture = options.includeFuture
        buildOptions.includeExpired = options.includeExpired
        let state = PreviewState()
        let rebuilder = Rebuilder(
            options: buildOptions, state: state, timings: options.timings, style: options.diagnostics, log: log)
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .critical
        let host = options.host
        let app = Application(
            responder: PreviewResponder(state: state, hosts: HostCheck(listeningHost: host)),
            server: .http1(configuration: .init(additionalChannelHandlers: [TargetFormGuardInstaller()])),
            configuration: ApplicationConfiguration(address: .hostname(host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                let address = "http://\(shownHost):\(port)/"
                await rebuilder.start(baseURL: address)
                onReady(address)
            },
            logger: logger
        )
        let watch = WatchService(
            watcher: SiteWatcher(siteRoot: options.siteRoot), rebuilder: rebuilder, state: state,
            interval: options.pollInterval, forcePolling: options.forcePolling)
        // Services stop in reverse order: the watcher first, closing event streams, then the server.
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [app, watch], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
