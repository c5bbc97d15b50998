import Foundation
import SitegenCore

/// One successful build as the preview serves it.
struct PreviewGeneration: Sendable {
    let number: Int
    let site: PreparedSite
    /// `Last-Modified` of every response of this generation (RFC 7231 date).
    let lastModified: String
    let builtAt: Date
    /// Rendered bodies, filled on first request.
    let cache = ResponseCache()
}

/// The preview's shared state: the last good build, the diagnostics of a failed rebuild, and the
/// browsers listening for reload events.
actor PreviewState {
    private(set) var generation: PreviewGeneration?
    /// Set while the latest rebuild failed; cleared by the next good one.
    private(set) var failure: [String]?
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var closed = false
    private var counter = 0

    /// The current build and failure, read together.
    var snapshot: (PreviewGeneration?, [String]?) { (generation, failure) }

    var listenerCount: Int { listeners.count }

    func succeeded(_ site: PreparedSite) {
        counter += 1
        let now = Date()
        generation = PreviewGeneration(
            number: counter, site: site, lastModified: HTTPDate.format(now), builtAt: now)
        failure = nil
        broadcast("event: reload\ndata: \(counter)\n\n")
    }

    func failed(_ diagnostics: [Diagnostic]) {
        failure = diagnostics.map(\.description)
        broadcast("event: reload\ndata: failed\n\n")
    }

    /// A stream of SSE messages for one browser; it ends when the preview shuts down.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { _ in
            Task { await self.unsubscribe(id) }
        }
        return stream
    }

    /// A comment line that keeps proxies from closing idle streams and finds closed connections.
    func heartbeat() {
        broadcast(": keep-alive\n\n")
    }

    /// Ends every event stream, so open connections do not hold up shutdown.
    func close() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }

    private func broadcast(_ message: String) {
        for continuation in listeners.values { continuation.yield(message) }
    }
}

/// Runs rebuilds one at a time; requests that arrive during a rebuild are folded into one more.
actor Rebuilder {
    private let options: BuildOptions
    private let state: PreviewState
    private let cache = ContentCache()
    private let log: @Sendable (String) -> Void
    private let timings: Bool
    private let style: DiagnosticFolding
    /// The warnings and notes of the last good build, as printed: a rebuild prints only new ones.
    private var shown: Set<String> = []
    private var baseURL: String?
    private var running = false
    private var pending = false
    /// The files changed since the last rebuild began, nil when not known.
    private var pendingChanges: Set<String>?

    init(
        options: BuildOptions, state: PreviewState, timings: Bool, style: DiagnosticFolding = DiagnosticFolding(),
        log: @escaping @Sendable (String) -> Void
    ) {
        self.options = options
        self.state = state
        self.timings = timings
        self.style = style
        self.log = log
    }

    /// Sets the address the site is served at and makes the first build.
    func start(baseURL: String) async {
        self.baseURL = baseURL
        await rebuild(changed: nil)
    }

    /// Asks for a rebuild after the files at `changed` (relative to the site folder) changed, or
    /// after unknown changes (nil). The caller that starts rebuilding returns once no request is
    /// pending; a request made while a rebuild runs returns at once and is served by one more
    /// rebuild, which looks at the changes of every request it serves.
    func rebuild(changed: Set<String>?) async {
        guard baseURL != nil else { return }
        pendingChanges = pending ? pendingChanges.flatMap { known in changed.map { known.union($0) } } : changed
        pending = true
        guard !running else { return }
        running = true
        while pending {
            pending = false
            let changes = pendingChanges
            pendingChanges = nil
            await buildOnce(changed: changes)
        }
        running = false
    }

    /// Errors, and the warnings and notes the last good build did not have.
    private func newDiagnostics(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { $0.severity == .error || !shown.contains($0.description) }
    }

    private func buildOnce(changed: Set<String>?) async {
        var options = options
        options.baseURL = baseURL
        options.now = Date()
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            let site = try await SiteBuilder(options: options, cache: cache).prepare(
                after: await state.generation?.site, changed: changed)
            if site.isUnchanged, await state.failure == nil { return }
            await state.succeeded(site)
            let milliseconds = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            let fresh = newDiagnostics(site.diagnostics)
            shown = Set(site.diagnostics.map(\.description))
            for line in style.lines(fresh) { log(line) }
            let warnings = site.diagnostics.count { $0.severity == .warning }
            let newWarnings = fresh.count { $0.severity == .warning }
            log(
                "Rebuilt \(site.site.posts.count) posts, \(site.plan.outputs.count) files in \(milliseconds) ms"
                    + (warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s") (\(newWarnings) new)"))
            if timings { for line in site.timings.lines { log("  " + line) } }
        } catch let failure as BuildFailure {
            let served = await state.generation != nil
            await state.failed(failure.diagnostics)
            for line in style.lines(newDiagnostics(failure.diagnostics)) { log(line) }
            log(
                served
                    ? "Rebuild failed; still serving the last good build"
                    : "Build failed; the browser shows the errors until they are fixed")
        } catch {
            await state.failed([Diagnostic(.unexpected("\(error)"))])
            log("error: \(error)")
        }
    }
}
