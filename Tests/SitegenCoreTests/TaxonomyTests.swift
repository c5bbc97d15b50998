import Foundation
import Testing

@testable import SitegenCore

/// Builds `Post` values in memory, the way `ContentFileReader` would.
private enum Fixture {
    static let utc = TimeZone(identifier: "UTC")!
    static let config = SiteConfig(timeZone: utc)

    static func instant(_ text: String) -> Date {
        DateParser.parse(text, timeZone: utc)!
    }

    static func post(
        _ slug: String, _ date: String, tags: [NameMention] = [], draft: Bool = false, source: String? = nil
    ) -> PostDocument {
        TestSupport.document(
            source: source ?? "content/posts/\(slug).md", slug: slug, title: slug.capitalized,
            date: DateFormatting(config: config).format(instant(date)), description: "About \(slug).", tags: tags,
            draft: draft, html: "<p>\(slug)</p>\n", wordCount: 1)
    }

    static func page(_ path: String, draft: Bool = false) -> PageDocument {
        TestSupport.pageDocument(path, title: path, draft: draft)
    }

    /// A tag of the fixture's posts, which are named by slug, newest first.
    static func tag(_ slug: String, _ name: String, posts: [String]) -> SitegenCore.Tag {
        SitegenCore.Tag(
            id: Tag.ID(slug), name: name, posts: posts.map { Post.ID("content/posts/\($0).md") }, path: "tags/\(slug)/")
    }

    static func tags(_ names: String...) -> [NameMention] {
        names.enumerated().map { NameMention(name: $1, line: 4, column: 8 + 10 * $0) }
    }

    static func site(
        _ posts: [PostDocument], pages: [PageDocument] = [],
        rule: PublicationRule = PublicationRule(now: instant("2024-06-20T12:00:00Z"))
    ) -> Site {
        Site(config: config, content: LoadedContent(posts: posts, pages: pages), rule: rule)
    }
}

@Suite("Site: publication rule")
struct PublicationTests {
    static let posts = [
        Fixture.post("published", "2024-06-19"),
        Fixture.post("draft", "2024-06-18", draft: true),
        Fixture.post("future", "2024-07-01"),
        Fixture.post("future-draft", "2024-07-02", draft: true),
    ]
    static let now = Fixture.instant("2024-06-20T12:00:00Z")

    @Test func draftsAndFuturePostsAreSkippedByDefault() {
        let site = Fixture.site(Self.posts, rule: PublicationRule(now: Self.now))
        #expect(site.posts.map(\.slug) == ["published"])
        #expect(
            site.skipped == [
                SkippedItem(source: "content/posts/draft.md", reason: .draft),
                SkippedItem(source: "content/posts/future-draft.md", reason: .draft),
                SkippedItem(source: "content/posts/future.md", reason: .future),
            ])
        #expect(site.diagnostics == [])
    }

    @Test func includeDrafts() {
        let site = Fixture.site(Self.posts, rule: PublicationRule(includeDrafts: true, now: Self.now))
        #expect(site.posts.map(\.slug) == ["published", "draft"])
        #expect(
            site.skipped == [
                SkippedItem(source: "content/posts/future-draft.md", reason: .future),
                SkippedItem(source: "content/posts/future.md", reason: .future),
            ])
    }

    @Test func includeFuture() {
        let site = Fixture.site(Self.posts, rule: PublicationRule(includeFuture: true, now: Self.now))
        #expect(site.posts.map(\.slug) == ["future", "published"])
        #expect(
            site.skipped == [
                SkippedItem(source: "content/posts/draft.md", reason: .draft),
                SkippedItem(source: "content/posts/future-draft.md", reason: .draft),
            ])
    }

    @Test func includeBoth() {
        let site = Fixture.site(
            Self.posts, rule: PublicationRule(includeDrafts: true, includeFuture: true, now: Self.now))
        #expect(site.posts.map(\.slug) == ["future-draft", "future", "published", "draft"])
        #expect(site.skipped == [])
    }

    @Test func nowIsInjected() {
        let post = Fixture.post("midnight", "2024-07-01T00:00:00Z")
        let atMidnight = Fixture.site([post], rule: PublicationRule(now: Fixture.instant("2024-07-01T00:00:00Z")))
        #expect(atMidnight.posts.map(\.slug) == ["midnight"])
        let secondBefore = Fixture.site([post], rule: PublicationRule(now: Fixture.instant("2024-06-30T23:59:59Z")))
        #expect(secondBefore.posts.isEmpty)
        #expect(secondBefore.skipped == [SkippedItem(source: "content/posts/midnight.md", reason: .future)])
    }

    @Test func reasonToSkip() {
        let rule = PublicationRule(now: Self.now)
        #expect(rule.reasonToSkip(draft: false, date: Fixture.instant("2024-06-19")) == nil)
        #expect(rule.reasonToSkip(draft: false, date: nil) == nil)
        #expect(rule.reasonToSkip(draft: true, date: nil) == .draft)
        #expect(rule.reasonToSkip(draft: false, date: Fixture.instant("2024-06-21")) == .future)
        #expect(rule.reasonToSkip(draft: true, date: Fixture.instant("2024-06-21")) == .draft)
        #expect(SkippedItem.Reason.draft.rawValue == "draft")
        #expect(SkippedItem.Reason.future.rawValue == "future-dated")
    }

    @Test func draftPagesAreSkippedAndPagesAreSortedByPath() {
        let site = Fixture.site(
            [], pages: [Fixture.page("contact"), Fixture.page("wip", draft: true), Fixture.page("about")])
        #expect(site.pages.map(\.path) == ["about/", "contact/"])
        #expect(site.skipped == [SkippedItem(source: "content/wip.md", reason: .draft)])
        let withDrafts = Fixture.site(
            [], pages: [Fixture.page("wip", draft: true)], rule: PublicationRule(includeDrafts: true, now: Self.now))
        #expect(withDrafts.pages.map(\.path) == ["wip/"])
    }
}

@Suite("Site: order and slugs")
struct SiteOrderTests {
    @Test func newestFirstWithSlugAsTieBreak() {
        let site = Fixture.site([
            Fixture.post("b", "2024-06-19"),
            Fixture.post("z", "2024-06-18"),
            Fixture.post("a", "2024-06-19"),
            Fixture.post("c", "2024-06-20"),
            Fixture.post("evening", "2024-06-18T20:00:00Z"),
        ])
        #expect(site.posts.map(\.slug) == ["c", "a", "b", "evening", "z"])
    }

    @Test func orderDoesNotDependOnInputOrder() {
        let posts = [
            Fixture.post("b", "2024-06-19"), Fixture.post("a", "2024-06-19"), Fixture.post("c", "2024-06-17"),
        ]
        #expect(Fixture.site(posts).posts.map(\.slug) == Fixture.site(posts.reversed()).posts.map(\.slug))
    }

    @Test func duplicateSlugIsAnErrorNamingBothFiles() {
        let site = Fixture.site([
            Fixture.post("pact", "2024-06-19", source: "content/posts/pact.md"),
            Fixture.post("pact", "2024-06-18", source: "content/posts/2024-06-18-pact.md"),
        ])
        #expect(
            site.diagnostics.map(\.description) == [
                "content/posts/2024-06-18-pact.md:1:1: error: 2 posts would be published at /posts/pact/: "
                    + "content/posts/2024-06-18-pact.md, content/posts/pact.md\n"
                    + "    note: content/posts/pact.md: also published there\n"
                    + "    note: put a date in 'permalinks.posts' (/:year/:month/:day/:slug/), or set 'slug' or 'url' in one of them"
            ])
    }

    @Test func threePostsWithOneSlug() {
        let site = Fixture.site([
            Fixture.post("x", "2024-06-19", source: "content/posts/c.md"),
            Fixture.post("x", "2024-06-18", source: "content/posts/a.md"),
            Fixture.post("x", "2024-06-17", source: "content/posts/b.md"),
        ])
        #expect(site.diagnostics.count == 1)
        let diagnostic = site.diagnostics[0]
        #expect(diagnostic.severity == .error)
        #expect(
            diagnostic.message
                == "3 posts would be published at /posts/x/: content/posts/a.md, content/posts/b.md, content/posts/c.md"
        )
        #expect(
            diagnostic.notes == [
                "content/posts/b.md: also published there",
                "content/posts/c.md: also published there",
                "put a date in 'permalinks.posts' (/:year/:month/:day/:slug/), or set 'slug' or 'url' in one of them",
            ])
    }

    @Test func skippedDraftDoesNotCollide() {
        let site = Fixture.site([
            Fixture.post("pact", "2024-06-19", source: "content/posts/pact.md"),
            Fixture.post("pact", "2024-06-18", draft: true, source: "content/posts/pact-draft.md"),
        ])
        #expect(site.diagnostics == [])
        #expect(site.posts.map(\.source) == ["content/posts/pact.md"])
    }
}

@Suite("Site: taxonomy")
struct TaxonomyTests {
    @Test func tagsAreSortedBySlugAndIndexPostsNewestFirst() {
        let site = Fixture.site([
            Fixture.post("old", "2024-06-01", tags: Fixture.tags("Ukraine", "NATO")),
            Fixture.post("new", "2024-06-19", tags: Fixture.tags("NATO", "Asia")),
        ])
        #expect(
            site.tags == [
                Fixture.tag("asia", "Asia", posts: ["new"]),
                Fixture.tag("nato", "NATO", posts: ["new", "old"]),
                Fixture.tag("ukraine", "Ukraine", posts: ["old"]),
            ])
        #expect(site.posts.map(\.slug) == ["new", "old"])
        #expect(site.tags[1].path == "tags/nato/")
        #expect(site.diagnostics == [])
    }

    @Test func caseVariantsAreOneTagWithTheMajoritySpellingAndAWarning() {
        let site = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: [NameMention(name: "Sanctions", line: 4, column: 8)]),
            Fixture.post("b", "2024-06-18", tags: [NameMention(name: "Sanctions", line: 5, column: 3)]),
            Fixture.post("c", "2024-06-17", tags: [NameMention(name: "sanctions", line: 6, column: 9)]),
        ])
        #expect(site.tags == [Fixture.tag("sanctions", "Sanctions", posts: ["a", "b", "c"])])
        #expect(
            site.diagnostics.map(\.description) == [
                "content/posts/c.md:6:9: warning: tag 'sanctions' is also spelled 'Sanctions' (2 uses); "
                    + "both are the tag 'sanctions', shown as 'Sanctions'\n"
                    + "    note: content/posts/a.md:4: spelled 'Sanctions' here"
            ])
        #expect(site.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func acronymKeepsItsSpelling() {
        let site = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: Fixture.tags("NATO")),
            Fixture.post("b", "2024-06-18", tags: Fixture.tags("NATO")),
        ])
        #expect(site.tags == [Fixture.tag("nato", "NATO", posts: ["a", "b"])])
    }

    @Test func punctuationVariantsShareASlug() {
        let site = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: Fixture.tags("U.S.-led sanctions")),
            Fixture.post("b", "2024-06-18", tags: Fixture.tags("U.S.-led sanctions")),
            Fixture.post("c", "2024-06-17", tags: Fixture.tags("US led sanctions")),
        ])
        #expect(site.tags.map(\.slug) == ["u-s-led-sanctions", "us-led-sanctions"])
        let same = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: Fixture.tags("U.S.-led sanctions")),
            Fixture.post("c", "2024-06-17", tags: Fixture.tags("U.S. led sanctions")),
        ])
        #expect(same.tags.map(\.slug) == ["u-s-led-sanctions"])
        #expect(same.diagnostics.count == 1)
    }

    @Test func aPostListingTheSameTagTwiceCountsOnce() {
        let site = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: Fixture.tags("NATO", "NATO")),
            Fixture.post("b", "2024-06-18", tags: Fixture.tags("NATO")),
        ])
        #expect(site.tags == [Fixture.tag("nato", "NATO", posts: ["a", "b"])])
        #expect(site.diagnostics == [])
    }

    @Test func displayNameIsTheSpellingMostPostsUse() {
        // One post repeats its spelling (tags + keywords + categories all merge into tags);
        // two posts use the other one. A post counts once, so the two posts win.
        let site = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: Fixture.tags("Sanctions", "Sanctions", "Sanctions")),
            Fixture.post("b", "2024-06-18", tags: Fixture.tags("sanctions")),
            Fixture.post("c", "2024-06-17", tags: Fixture.tags("sanctions")),
        ])
        #expect(site.tags == [Fixture.tag("sanctions", "sanctions", posts: ["a", "b", "c"])])
    }

    @Test func tieBetweenSpellingsDoesNotDependOnPostOrder() {
        let first = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: Fixture.tags("Sanctions")),
            Fixture.post("b", "2024-06-18", tags: Fixture.tags("sanctions")),
        ])
        let swapped = Fixture.site([
            Fixture.post("a", "2024-06-18", tags: Fixture.tags("Sanctions")),
            Fixture.post("b", "2024-06-19", tags: Fixture.tags("sanctions")),
        ])
        #expect(first.tags.map(\.name) == swapped.tags.map(\.name))
        #expect(first.diagnostics.count == 1)
    }

    @Test func unicodeTag() {
        let site = Fixture.site([Fixture.post("a", "2024-06-19", tags: Fixture.tags("Zürich", "북한"))])
        #expect(site.tags.map(\.slug) == ["zürich", "북한"])
        #expect(site.tags.map(\.name) == ["Zürich", "북한"])
    }

    @Test func tagWithoutLettersIsIgnoredWithAWarning() {
        let site = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: [NameMention(name: "!!!", line: 5, column: 7)])
        ])
        #expect(site.tags == [])
        #expect(
            site.diagnostics.map(\.description) == [
                "content/posts/a.md:5:7: warning: tag '!!!' has no letters or digits and is ignored"
            ])
    }

    @Test func tagsOfSkippedPostsDoNotExist() {
        let site = Fixture.site([
            Fixture.post("a", "2024-06-19", tags: Fixture.tags("NATO")),
            Fixture.post("b", "2024-06-18", tags: Fixture.tags("Secret"), draft: true),
            Fixture.post("c", "2025-01-01", tags: Fixture.tags("Later")),
        ])
        #expect(site.tags.map(\.slug) == ["nato"])
    }
}
