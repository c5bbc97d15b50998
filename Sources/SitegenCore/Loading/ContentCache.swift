import Foundation
import Synchronization

/// Parsed content files kept between builds in one process, keyed by path and checked against
/// the file's stamp (size, times, inode), so a rebuild after one edit parses one file. Cleared
/// whenever the site config changes, since the config shapes parsing (time zone, date format,
/// raw HTML).
public final class ContentCache: Sendable {
    struct Key: Hashable {
        var path: String
        var stamp: FileStamp
    }

    private struct Entry {
        var stamp: FileStamp
        var result: FileLoadResult
    }

    /// A parsed post as `ParsedPostStore` keeps it between builds.
    struct Stored {
        var path: String
        var stamp: FileStamp
        var post: PostDocument
        var diagnostics: [Diagnostic]
    }

    private struct State {
        var config: SiteConfig?
        /// Set by `preload`: the next config is the one the stored posts were parsed with.
        var adoptsNextConfig = false
        /// The paths stored or dropped since `preload`.
        var changedPaths: Set<String> = []
        /// Whether everything was dropped since `preload` (the config changed).
        var cleared = false
        var entries: [String: Entry] = [:]
        /// The files of `content/` as the last load listed them.
        var listing: SourceTree.Listing?
    }

    private let state = Mutex(State())
    /// Term-index results per post, reused while a post's prose is unchanged.
    public let termMentions = TermMentionCache()

    public init() {}

    /// The number of cached files.
    public var count: Int { state.withLock { $0.entries.count } }

    /// Forgets everything when `config` differs from the one the cache was filled with.
    func begin(config: SiteConfig) {
        state.withLock { state in
            if state.adoptsNextConfig {
                state.adoptsNextConfig = false
                state.config = config
            } else if state.config != config {
                state.entries = [:]
                state.config = config
                state.cleared = true
            }
        }
    }

    /// The files under `root`: the last listing revised at the `changed` paths when they are
    /// known, nil when the folder must be scanned.
    func listing(under root: URL, changed: Set<String>?) -> SourceTree.Listing? {
        guard let changed, let previous = state.withLock({ $0.listing }) else { return nil }
        return SourceTree.revised(previous, under: root, changed: changed)
    }

    func keep(_ listing: SourceTree.Listing) {
        state.withLock { $0.listing = listing }
    }

    /// Fills an empty cache with posts a build stored (`ParsedPostStore`), parsed with the config
    /// the next `begin` gives.
    func preload(_ stored: [Stored]) {
        state.withLock { state in
            for entry in stored {
                state.entries[entry.path] = Entry(
                    stamp: entry.stamp, result: FileLoadResult(post: entry.post, diagnostics: entry.diagnostics))
            }
            state.adoptsNextConfig = true
            state.changedPaths = []
            state.cleared = false
        }
    }

    /// The paths stored or dropped since `preload`; nil when everything was dropped.
    var changesSincePreload: Set<String>? { state.withLock { $0.cleared ? nil : $0.changedPaths } }

    /// The cached posts whose files last changed before `moment` (nanoseconds since 1970): a file
    /// changed later could change again within the same tick of the clock without its stamp
    /// telling, so it is parsed again next time.
    func storedPosts(changedBefore moment: Int64, at paths: Set<String>? = nil) -> [Stored] {
        state.withLock { state in
            state.entries.compactMap { path, entry in
                if let paths, !paths.contains(path) { return nil }
                guard let post = entry.result.post, entry.stamp.changed < moment,
                    !entry.result.diagnostics.contains(where: { $0.severity == .error })
                else { return nil }
                return Stored(path: path, stamp: entry.stamp, post: post, diagnostics: entry.result.diagnostics)
            }.sorted { $0.path < $1.path }
        }
    }

    /// The cached results of `keys`, nil where a file is new or its stamp changed.
    func results(for keys: [Key]) -> [FileLoadResult?] {
        state.withLock { state in
            keys.map { key in
                state.entries[key.path].flatMap { $0.stamp == key.stamp ? $0.result : nil }
            }
        }
    }

    /// Stores fresh results and, when files are gone, forgets them: afterwards the cache holds
    /// exactly the files of `keys`.
    func store(_ results: [(Key, FileLoadResult)], keeping keys: [Key]) {
        state.withLock { state in
            for (key, result) in results { state.entries[key.path] = Entry(stamp: key.stamp, result: result) }
            state.changedPaths.formUnion(results.map(\.0.path))
            if state.entries.count > keys.count {
                let paths = Set(keys.map(\.path))
                state.changedPaths.formUnion(state.entries.keys.filter { !paths.contains($0) })
                state.entries = state.entries.filter { paths.contains($0.key) }
            }
        }
    }
}
