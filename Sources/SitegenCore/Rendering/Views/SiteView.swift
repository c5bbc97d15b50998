/// `site.*` in every template.
public struct SiteView: Sendable {
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

    init(config: SiteConfig, routes: Routes, urls: URLBuilder) {
        title = config.title
        description = config.description
        language = config.language
        author = config.author
        baseURL = urls.baseURL
        homeURL = urls.path(Routes.home)
        tagsURL = urls.path(routes.tagIndex)
        archiveURL = urls.path(Routes.archive)
        correctionsURL = urls.path(Routes.corrections)
        authorsURL = urls.path(routes.authorIndex)
        indexURL = config.indexTerms.isEmpty && !config.indexFromTags ? nil : urls.path(routes.termIndex)
        feedURL = urls.path(Routes.feed)
        assetsURL = urls.path("assets/")
        generator = "sitegen \(SitegenVersion.current)"
    }
}

/// `meta.*`: what the `<head>` of one page needs.
public struct MetaView: Sendable {
    public var title: String
    public var heading: String
    public var description: String
    public var canonicalURL: String
    public var ogType: String
    public var feedURL: String
    public var feedTitle: String
}

/// The version printed by `--version` and in the generator tag.
public enum SitegenVersion {
    public static let current = "0.1.0"
}

extension String {
    /// Nil for an empty string: in Mustache an empty string still opens a section, nil does not.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
