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

    private struct State {
        var config: SiteConfig?
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
            if state.config != config {
                state.entries = [:]
                state.config = config
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
            if state.entries.count > keys.count {
                let paths = Set(keys.map(\.path))
                state.entries = state.entries.filter { paths.contains($0.key) }
            }
        }
    }
}
