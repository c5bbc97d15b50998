import Foundation
import Testing

@testable import SitegenCore

/// `feeds.fullContent`: which feeds carry whole posts, which only summaries.
@Suite struct FeedContentTests {
    func feeds(_ setting: String?) async throws -> (site: String, tag: String) {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        try TestSupport.write(setting.map { "feeds:\n  fullContent: \($0)\n" } ?? "", to: "sitegen.yaml", in: root)
        try TestSupport.write(
            "---\ntitle: A\ndate: 2024-01-01\ndescription: The summary.\ntags: [alliance]\n---\n\nThe *whole* body.\n",
            to: "content/posts/a.md", in: root)
        var options = BuildOptions(siteRoot: root)
        options.now = TestSupport.now
        let prepared = try await SiteBuilder(options: options).prepare()
        let site = try #require(prepared.output(at: "feed.xml").flatMap(prepared.render))
        let tag = try #require(prepared.output(at: "tags/alliance/feed.xml").flatMap(prepared.render))
        return (site, tag)
    }

    static let content = "<content type=\"html\">&lt;p&gt;The &lt;em&gt;whole&lt;/em&gt; body.&lt;/p&gt;\n</content>"
    static let summary = "<summary type=\"text\">The summary.</summary>"

    @Test func bySiteDefaultOnlyTheSiteFeedCarriesWholePosts() async throws {
        let (site, tag) = try await feeds(nil)
        #expect(site.contains(Self.content) && site.contains(Self.summary))
        #expect(!tag.contains("<content") && tag.contains(Self.summary))
        #expect(try await feeds("site") == (site, tag))
    }

    @Test func allAndNone() async throws {
        let all = try await feeds("all")
        #expect(all.site.contains(Self.content) && all.tag.contains(Self.content))
        let none = try await feeds("none")
        #expect(!none.site.contains("<content") && !none.tag.contains("<content"))
        #expect(none.site.contains(Self.summary))
    }

    @Test func anUnknownChoiceIsAnErrorOnItsLine() {
        #expect(
            ConfigLoader().parse("feeds:\n  fullContent: some\n").1.map(\.description) == [
                "sitegen.yaml:2:16: error: 'feeds.fullContent' must be 'all', 'site', 'none', found \"some\""
            ])
        #expect(
            ConfigLoader().parse("feeds:\n  full: all\n").1.first?.description
                == "sitegen.yaml:2:3: error: unknown key 'feeds.full' in sitegen.yaml")
    }
}
