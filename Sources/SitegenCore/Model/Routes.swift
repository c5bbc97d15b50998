import SitegenText

/// The one place that decides where things live: turns an identity into a site path (`posts/pact/`,
/// `2016/05/09/survey.html`) from the `permalinks` settings. Only `URLBuilder` turns site paths
/// into links.
public struct Routes: Sendable, Equatable {
    public let permalinks: Permalinks

    public init(permalinks: Permalinks = Permalinks()) {
        self.permalinks = permalinks
    }

    public static let home = ""
    public static let archive = "archive/"
    public static let corrections = "corrections/"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static let notFound = "404.html"
    /// Every alias with status 301, in the format Netlify and Cloudflare Pages read.
    public static let redirects = "_redirects"

    /// The tag index: the folder the tag pattern puts tags in (`/tags/:slug/` -> `tags/`).
    public var tagIndex: String { permalinks[.tags].literalPrefix ?? "tags/" }
    public var authorIndex: String { permalinks[.authors].literalPrefix ?? "authors/" }
    public var termIndex: String { permalinks[.terms].literalPrefix ?? "index/" }

    /// A post's path from its pattern: dates are calendar days in the site's time zone.
    public func post(_ document: PostDocument) -> String {
        permalinks[.posts].expand { token in
            switch token {
            case .year, .month, .day:
                let day = document.date.day.split(separator: "-").map(String.init)
                guard day.count == 3 else { return "" }
                return token == .year ? day[0] : token == .month ? day[1] : day[2]
            case .slug: return document.slug
            case .title: return Slug.make(document.title)
            case .filename: return document.fileName
            case .section: return document.section
            case .path: return ""
            }
        }
    }

    /// A page's path: `:path` is its file's path below `content/` as slugs (`guides/Start Here.md` ->
    /// `guides/start-here`, `docs/index.md` -> `docs`), `:slug` the last of them.
    public func page(_ document: PageDocument) -> String {
        var components = document.relativePath.split(separator: "/").map(String.init)
        if components.last == "index" { components.removeLast() }
        let slugs = components.map { Slug.make($0) }.filter { !$0.isEmpty }
        // `content/index.md` is the root in every style, never a file named `.html`.
        guard !slugs.isEmpty else { return Routes.home }
        return permalinks[.pages].expand([.path: slugs.joined(separator: "/"), .slug: slugs.last ?? ""])
    }

    public func tag(_ id: Tag.ID) -> String { permalinks[.tags].expand([.slug: id.rawValue]) }
    public func author(_ id: Author.ID) -> String { permalinks[.authors].expand([.slug: id.rawValue]) }
    public func series(_ id: Series.ID) -> String { permalinks[.series].expand([.slug: id.rawValue]) }
    public func term(slug: String) -> String { permalinks[.terms].expand([.slug: slug]) }

    /// The Atom feed of a list page (`tags/alliance/` -> `tags/alliance/feed.xml`).
    public static func feed(of listPath: String) -> String { listPath + feed }

    /// Page `number` of a list whose first page is `listPath`: `listPath` + `page/N/`.
    public static func page(_ number: Int, of listPath: String) -> String {
        number <= 1 ? listPath : listPath + "page/\(number)/"
    }
}
