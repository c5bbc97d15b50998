import Foundation
import ServiceLifecycle
import SitegenCore

/// Notices changes to a site's sources: `content/`, `templates/` and `sitegen.yaml`.
///
/// What decides is a snapshot of size and modification time of every file, so edits, additions,
/// removals and renames all count and hidden files (editor swap files) do not. On Linux, inotify
/// names what changed: a file of the site written, added or removed starts a rebuild within 25 ms
/// without a snapshot (events on hidden files and outside the sources are ignored), a folder
/// added or removed first takes a snapshot to watch it, and a snapshot every few seconds catches
/// lost events; an idle preview costs nothing even with 10,000 files. Elsewhere, or if inotify
/// is unavailable, the snapshot is polled, never spending more than about a tenth of one core on it.
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
            let notifier = forcePolling ? nil : ChangeNotifier(root: watcher.siteRoot.path)
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
                let events = notifier?.drain() ?? .folders
                if case .files(let paths) = events {
                    // inotify named the files: rebuild at once, looking at those alone, and look
                    // at the whole tree afterwards, off the path to the reload event.
                    await rebuilder.rebuild(changed: paths)
                    last = watcher.snapshot()
                    lastCheck = ContinuousClock.now
                    continue
                }
                // Without inotify every turn is a check; with it, a full check still runs now
                // and then, in case events were lost.
                guard events == .folders || now - lastCheck > max(.seconds(3), cost * 50) else { continue }
                let current = watcher.snapshot()
                lastCheck = ContinuousClock.now
                cost = lastCheck - now
                notifier?.watch(current.folders)
                if current.files != last.files {
                    last = current
                    await rebuilder.rebuild(changed: nil)
                }
            }
        }
        await state.close()
    }
}
