import Mustache

/// `site.*` in every template.
public struct SiteView: Sendable, MustacheParent {
    public var title: String
    public var description: String
    public var language: String
    public var author: String
    public var baseURL: String
    public var homeURL: String
    public var tagsURL: String
    public var archiveURL: String
    public var correctionsURL: String
    public var authorsURL: String
    /// The term index, when the site has one.
    public var indexURL: String?
    public var feedURL: String
    public var assetsURL: String
    public var generator: String

    init(config: SiteConfig, urls: URLBuilder) {
        title = config.title
        description = config.description
        language = config.language
        author = config.author
        baseURL = urls.baseURL
        homeURL = urls.path("")
        tagsURL = urls.path("tags/")
        archiveURL = urls.path("archive/")
        correctionsURL = urls.path("corrections/")
        authorsURL = urls.path("authors/")
        indexURL = config.indexTerms.isEmpty && !config.indexFromTags ? nil : urls.path("index/")
        feedURL = urls.path("feed.xml")
        assetsURL = urls.path("assets/")
        generator = "sitegen \(SitegenVersion.current)"
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description.nilIfEmpty
        case "language": language
        case "author": author.nilIfEmpty
        case "baseURL": baseURL
        case "homeURL": homeURL
        case "tagsURL": tagsURL
        case "archiveURL": archiveURL
        case "correctionsURL": correctionsURL
        case "authorsURL": authorsURL
        case "indexURL": indexURL
        case "feedURL": feedURL
        case "assetsURL": assetsURL
        case "generator": generator
        default: nil
        }
    }
}

/// `meta.*`: what the `<head>` of one page needs.
public struct MetaView: MustacheParent {
    public var title: String
    public var heading: String
    public var description: String
    public var canonicalURL: String
    public var ogType: String
    public var feedURL: String
    public var feedTitle: String

    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "heading": heading
        case "description": description.nilIfEmpty
        case "canonicalURL": canonicalURL
        case "ogType": ogType
        case "feedURL": feedURL
        case "feedTitle": feedTitle
        default: nil
        }
    }
}

/// The root object of a rendered page: `site`, `meta`, and the page's own values.
struct PageContextView: MustacheParent {
    var site: SiteView
    var meta: MetaView?
    var values: [String: Any]

    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "meta": meta
        default: values[name]
        }
    }
}

/// The version printed by `--version` and in the generator tag.
public enum SitegenVersion {
    public static let current = "0.1.0"
}

extension String {
    /// Nil for an empty string: in Mustache an empty string still opens a section, nil does not.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
