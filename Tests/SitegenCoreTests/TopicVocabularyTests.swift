import Foundation
import SitegenMarkdown
import Testing
import Yams

@testable import SitegenCore

@Suite struct TopicVocabularyTests {
    static let yaml = """
        United States:
          aliases: [US, USA, U.S.]
          parent: North America
          description: Policy towards the United States.
        North Korea:
          aliases: DPRK
          parent: East Asia
        East Asia:
          description: The region.
        """

    func vocabulary(_ text: String = yaml) throws -> (TopicVocabulary, [String]) {
        let node = try #require(try Yams.compose(yaml: text))
        let (vocabulary, diagnostics) = TopicVocabulary.parse(node, file: "content/_topics.yaml")
        return (vocabulary, diagnostics.map(\.description))
    }

    @Test func aliasesAndParentsResolve() throws {
        let (vocabulary, diagnostics) = try vocabulary()
        #expect(diagnostics == [])
        #expect(vocabulary.canonicalSlug(for: "U.S.") == "united-states")
        #expect(vocabulary.canonicalSlug(for: "usa") == "united-states")
        #expect(vocabulary.canonicalSlug(for: "DPRK") == "north-korea")
        #expect(vocabulary.canonicalSlug(for: "sanctions") == "sanctions")
        #expect(vocabulary.topics["north-korea"]?.parent == "east-asia")
        #expect(vocabulary.topics["north-korea"]?.parentName == "East Asia")
        #expect(vocabulary.topics["united-states"]?.parentName == "North America")
        #expect(vocabulary.contains("US") && !vocabulary.contains("Canada"))
    }

    @Test func badVocabulariesAreErrorsWithLines() throws {
        let (_, diagnostics) = try vocabulary("A:\n  alias: [x]\nB:\n  aliases: [A]\n")
        #expect(
            diagnostics == [
                "content/_topics.yaml:2:3: error: unknown key 'alias' for a topic; use aliases, parent, description",
                "content/_topics.yaml:4:13: error: alias 'A' of 'B' already names 'A'",
            ])
    }

    func site(tags: [[String]], topics: TopicVocabulary, strict: Bool = false) -> Site {
        var config = SiteConfig()
        config.topics = topics
        config.strictTopics = strict
        let dates = DateFormatting(config: config)
        var content = LoadedContent()
        for (index, names) in tags.enumerated() {
            content.posts.append(
                TestSupport.document(
                    source: "content/posts/p\(index).md", slug: "p\(index)", title: "P\(index)",
                    date: dates.format(Date(timeIntervalSince1970: Double(index) * 86_400)), description: "D",
                    summary: "D", tags: names.map { NameMention(name: $0, line: 4, column: 8) }))
        }
        return Site(config: config, content: content, rule: PublicationRule(now: Date(timeIntervalSince1970: 1e9)))
    }

    @Test func aliasesMergeIntoTheCanonicalTagWithoutWarnings() throws {
        let (topics, _) = try vocabulary()
        let site = site(tags: [["US", "sanctions"], ["U.S."], ["United States", "DPRK"]], topics: topics)
        #expect(site.diagnostics == [])
        let unitedStates = try #require(site.tags.first { $0.slug == "united-states" })
        #expect(unitedStates.name == "United States")
        #expect(unitedStates.posts.count == 3)
        #expect(unitedStates.description == "Policy towards the United States.")
        #expect(site.tags.first { $0.slug == "north-korea" }?.parent == Tag.ID("east-asia"))
        #expect(site.tags.map(\.slug) == ["north-korea", "sanctions", "united-states"])
    }

    @Test func strictTopicsRejectsUnknownTagsWithTheirLine() throws {
        let (topics, _) = try vocabulary()
        let site = site(tags: [["US", "Canada"]], topics: topics, strict: true)
        #expect(
            site.diagnostics.map(\.description) == [
                "content/posts/p0.md:4:8: error: tag 'Canada' is not in the topics vocabulary; add it (or an alias) to the topics, or fix the tag"
            ])
    }

    @Test func configAcceptsTopicsAndStrictTopics() {
        let (config, diagnostics) = ConfigLoader().parse(
            "title: T\nstrictTopics: yes\ntopics:\n  NATO:\n    aliases: [North Atlantic Treaty Organization]\n")
        #expect(diagnostics == [])
        #expect(config.strictTopics)
        #expect(config.topics.canonicalSlug(for: "North Atlantic Treaty Organization") == "nato")
    }
}

@Suite struct TermIndexIntegrationTests {
    @Test func configuredTermsGetAnIndexAndPagesWithAnchoredSnippets() async throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        try TestSupport.write(
            "title: T\nindex:\n  terms: [sanction, mutual aid]\n  fromTags: true\n", to: "sitegen.yaml", in: root)
        // Hand count: "sanction" 3 mentions (intro, heading, list item; not in code or the URL),
        // "mutual aid" 1, the tag "alliance" 1 (heading text).
        try TestSupport.write(
            """
            ---
            title: P
            date: 2024-01-01
            description: D.
            tags: [alliance]
            ---

            New sanctions arrived. See https://example.org/sanctions for the list.

            ## Sanctions and alliance

            - A mutual
              aid clause, and one more sanction.

            `sanctions` in code do not count.

            ```
            sanctions
            ```
            """, to: "content/posts/p.md", in: root)
        var options = BuildOptions(siteRoot: root, output: root.appendingPathComponent("public"))
        options.now = TestSupport.now
        let prepared = try await SiteBuilder(options: options).prepare()
        let index = prepared.termIndex.entries
        #expect(index.map(\.term) == ["alliance", "mutual aid", "sanction"])
        #expect(index.map(\.mentionCount) == [1, 1, 3])
        let sanction = try #require(index.last)
        #expect(
            sanction.documents.first?.snippets.map(\.headingID) == [
                nil, "sanctions-and-alliance", "sanctions-and-alliance",
            ])
        #expect(sanction.documents.first?.snippets.first?.match == "sanctions")
        #expect(prepared.output(at: "index/index.html") != nil)
        #expect(prepared.output(at: "index/sanction/index.html") != nil)
        guard let page = prepared.output(at: "index/sanction/index.html") else {
            Issue.record("no term page")
            return
        }
        let html = try #require(prepared.render(page))
        #expect(html.contains("<a href=\"/posts/p/#sanctions-and-alliance\">"))
        #expect(html.contains("<mark>Sanctions</mark>"))
        #expect(html.contains("Discussed in 1 post, 3 mentions"))
    }
}

@Suite struct TermMentionCacheTests {
    func documents(_ texts: [String]) -> [TermDocument] {
        texts.enumerated().map { TermDocument(id: $0.offset, blocks: [TextBlock(text: $0.element, headingID: "h")]) }
    }

    @Test func cachedRunsEqualFreshRunsAfterEditsReordersAndNewTerms() {
        let cache = TermMentionCache()
        let terms = ["sanction", "alliance"]
        let first = documents(["New sanctions.", "An alliance.", "Nothing here."])
        #expect(
            TermIndexer.index(terms: terms, documents: first, cache: cache)
                == TermIndexer.index(terms: terms, documents: first))
        // One post edited, the others now at other positions.
        let second = documents(["An alliance.", "Sanctions, sanctions and an alliance.", "New sanctions."])
        let cached = TermIndexer.index(terms: terms, documents: second, cache: cache)
        #expect(cached == TermIndexer.index(terms: terms, documents: second))
        #expect(cached.first { $0.term == "sanction" }?.documents.map(\.document) == [1, 2])
        let moreTerms = ["sanction", "alliance", "new"]
        #expect(
            TermIndexer.index(terms: moreTerms, documents: second, cache: cache)
                == TermIndexer.index(terms: moreTerms, documents: second))
    }
}
