import Foundation

/// The fingerprint of what shapes every output: the bytes of `sitegen.yaml`, of the topics
/// vocabulary and of every file of the theme, the build options, and the sitegen program itself
/// (its version and its executable's size and time, so a rebuilt binary never trusts the pages of
/// an older one). Read before anything is loaded: a file that changes during the build gives a
/// fingerprint older than what was built, which the next build sees as a change.
enum BuildSettings {
    static func fingerprint(siteRoot: URL, options: BuildOptions) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(BuildCache.header)
        hasher.combine(SitegenVersion.current)
        hasher.combine(executableIdentity())
        hasher.combine(options.includeDrafts)
        hasher.combine(options.includeFuture)
        hasher.combine(options.includeExpired)
        hasher.combine(options.baseURL)
        let root = siteRoot.path
        for file in [ConfigLoader.fileName, TopicVocabulary.fileName] {
            hasher.combine(file)
            combineContents(of: root + "/" + file, into: &hasher)
        }
        let theme = root + "/" + ThemeLoader.directory
        for file in FileStamp.tree(theme).files.keys.sorted() {
            hasher.combine(file)
            combineContents(of: theme + "/" + file, into: &hasher)
        }
        return hasher.finalize()
    }

    private static func combineContents(of path: String, into hasher: inout StableHasher) {
        guard let data = FileManager.default.contents(atPath: path) else { return hasher.combine(false) }
        hasher.combine(true)
        data.withUnsafeBytes { hasher.combine(buffer: $0) }
    }

    /// The running program's path, size and modification time.
    static func executableIdentity() -> String {
        let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? CommandLine.arguments[0]
        guard let stamp = FileStamp.of(path) else { return path }
        return "\(path) \(stamp.size) \(stamp.modified)"
    }
}
