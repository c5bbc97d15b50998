import Foundation

/// Gives posts and pages their site paths (`url:`/`permalink:` first, else the pattern) and
/// resolves their aliases, reporting paths that cannot be used where they are written.
struct RouteResolver {
    let routes: Routes
    private(set) var diagnostics: [Diagnostic] = []

    init(routes: Routes) {
        self.routes = routes
    }

    mutating func path(of document: PostDocument) -> String {
        let path =
            document.url.flatMap { override($0, source: document.source, kind: .posts) { $0.post(document) } }
            ?? routes.post(document)
        return checked(path, kind: .posts, url: document.url, source: document.source)
    }

    mutating func path(of document: PageDocument) -> String {
        let path =
            document.url.flatMap { override($0, source: document.source, kind: .pages) { $0.page(document) } }
            ?? routes.page(document)
        return checked(path, kind: .pages, url: document.url, source: document.source)
    }

    /// A path made from token values as written (`:filename`, `:section`) must still stay inside
    /// the output folder: `2024-01-01-...md` must not give `..`.
    private mutating func checked(_ path: String, kind: Permalinks.Kind, url: NameMention?, source: String)
        -> String
    {
        guard let problem = SitePath.problem(inExpanded: path) else { return path }
        let key = url?.key ?? (url == nil ? "permalinks.\(kind.rawValue)" : "url")
        diagnostics.append(
            Diagnostic(
                .route(.invalidPath(key: key, written: "/" + path, problem: problem)), file: source,
                line: url?.line ?? 1, column: url?.column ?? 1))
        return path
    }

    /// Whether `name` has a `:token` (a colon before a lower-case letter).
    static func hasToken(_ name: String) -> Bool {
        var afterColon = false
        for byte in name.utf8 {
            if afterColon, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) { return true }
            afterColon = byte == UInt8(ascii: ":")
        }
        return false
    }

    /// A written `url:`. With `:tokens` it is a pattern of its own, as Jekyll allows per post;
    /// `expand` applies such a pattern through routes that use it for this kind.
    private mutating func override(
        _ url: NameMention, source: String, kind: Permalinks.Kind, expand: (Routes) -> String
    ) -> String? {
        if Self.hasToken(url.name), !url.name.contains("://") {
            switch PathPattern.parse(url.name, allowed: kind.tokens, distinguishing: [], allowsFile: true) {
            case .success(let pattern):
                var permalinks = routes.permalinks
                permalinks[kind] = pattern
                return expand(Routes(permalinks: permalinks))
            case .failure(let problem):
                report(.invalidPermalink(key: url.key ?? "url", pattern: url.name, problem: problem), url, source)
                return nil
            }
        }
        switch SitePath.resolve(url.name) {
        case .success(let path):
            return path
        case .failure(let problem):
            report(.invalidPath(key: url.key ?? "url", written: url.name, problem: problem), url, source)
            return nil
        }
    }

    /// Aliases as site paths. One without a leading `/` is relative to the source's section, as
    /// in Hugo (`old-name` in `content/posts/x.md` is `posts/old-name/`).
    mutating func aliases(_ written: [NameMention], source: String) -> [SiteAlias] {
        guard !written.isEmpty else { return [] }
        let parts = source.split(separator: "/")
        let section = parts.count > 2 ? String(parts[1]) + "/" : ""
        var aliases: [SiteAlias] = []
        for alias in written {
            switch SitePath.resolve(alias.name, relativeTo: section) {
            case .success(let path):
                aliases.append(SiteAlias(path: path, line: alias.line, column: alias.column))
            case .failure(let problem):
                report(.invalidPath(key: alias.key ?? "aliases", written: alias.name, problem: problem), alias, source)
            }
        }
        return aliases
    }

    private mutating func report(_ problem: Diagnostic.RouteProblem, _ mention: NameMention, _ source: String) {
        diagnostics.append(Diagnostic(.route(problem), file: source, line: mention.line, column: mention.column))
    }
}
