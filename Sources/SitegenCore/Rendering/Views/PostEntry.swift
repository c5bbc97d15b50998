import Synchronization

/// A post's entry in lists as the theme draws it (`{{{entryHTML}}}`): the `partials/post-summary`
/// template rendered with the post and `site` on the stack, the first time a page lists the post,
/// then reused by every page that lists it. Lists are most of a large site's template work (the
/// home, tag and author pages of 10,000 posts show about 60,000 entries), and an entry is the same
/// on every page that shows it.
final class PostEntry: Sendable {
    static let template = "partials/post-summary"

    private let library: TemplateLibrary
    private let site: SiteView
    private let rendered = Mutex<String?>(nil)

    init(library: TemplateLibrary, site: SiteView) {
        self.library = library
        self.site = site
    }

    /// The entry of `summary` (the post this entry belongs to), without its final line break;
    /// empty if the partial renders nothing (a theme always has one: the built-in one stands in).
    func html(for summary: PostSummaryView) -> String {
        rendered.withLock { cached in
            if let cached { return cached }
            var plain = summary
            plain.entry = nil
            var text =
                library.render(PageContext(site: site, meta: nil, content: plain), withTemplate: Self.template) ?? ""
            if text.hasSuffix("\n") { text.removeLast() }
            cached = text
            return text
        }
    }
}
