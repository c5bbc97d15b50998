import Foundation
import ServiceLifecycle
import SitegenCore

/// Notices changes to a site's sources: `content/`, `templates/` and `sitegen.yaml`.
///
/// What decides is a snapshot of size and modification time of every file, so edits, additions,
/// removals and renames all count and hidden files (editor swap files) do not. On Linux, inotify
/// says when to take one, so an idle preview costs nothing even with 10,000 files, and a change is
/// seen within 25 ms; elsewhere, or if inotify is unavailable, the snapshot is polled, never
/// spending more than about a tenth of one core on it.
struct SiteWatcher: Sendable {
    let siteRoot: URL

    struct Snapshot: Equatable {
        var files: [String: FileStamp] = [:]
        var folders: [String] = []
    }

    func snapshot() -> Snapshot {
        var snapshot = Snapshot()
        for folder in [ContentFolders.content, ContentFolders.templates] {
            let tree = FileStamp.tree(siteRoot.appendingPathComponent(folder).path)
            for (path, stamp) in tree.files { snapshot.files[folder + "/" + path] = stamp }
            snapshot.folders += tree.folders
        }
        snapshot.files[ContentFolders.config] = FileStamp.of(
            siteRoot.appendingPathComponent(ContentFolders.config).path)
        snapshot.folders.append(siteRoot.path)
        return snapshot
    }
}

/// The names the watcher looks at.
enum ContentFolders {
    static let content = "content"
    static let templates = "templates"
    static let config = "sitegen.yaml"
}

/// Watches for changes and asks for a rebuild after each; on shutdown it ends the event streams
/// first, so open browser connections never hold the server up.
struct WatchService: Service {
    let watcher: SiteWatcher
    let rebuilder: Rebuilder
    let state: PreviewState
    /// The polling interval when there is no inotify.
    let interval: Duration
    let forcePolling: Bool

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            let notifier = forcePolling ? nil : ChangeNotifier()
            var last = watcher.snapshot()
            notifier?.watch(last.folders)
            var cost = Duration.zero
            var lastCheck = ContinuousClock.now
            var lastHeartbeat = ContinuousClock.now
            while !Task.isCancelled {
                try await Task.sleep(for: notifier == nil ? max(interval, cost * 10) : .milliseconds(25))
                let now = ContinuousClock.now
                if now - lastHeartbeat > .seconds(15) {
                    lastHeartbeat = now
                    await state.heartbeat()
                }
                // With inotify, a full check still runs now and then, in case events were lost.
                let due = (notifier?.drain() ?? true) || now - lastCheck > max(.seconds(3), cost * 50)
                guard due else { continue }
                let current = watcher.snapshot()
                lastCheck = ContinuousClock.now
                cost = lastCheck - now
                notifier?.watch(current.folders)
                if current.files != last.files {
                    last = current
                    await rebuilder.rebuild()
                }
            }
        }
        await state.close()
    }
}
