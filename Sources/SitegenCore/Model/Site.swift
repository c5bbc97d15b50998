import Foundation
import SitegenMarkdown
import SitegenText

/// The published site: an immutable value built from loaded content by one set of rules.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Published posts, newest first (ties broken by slug).
    public var posts: [Post]
    public var pages: [Page]
    /// Sorted by slug.
    public var tags: [Tag]
    /// Sorted by slug.
    public var series: [Series]
    /// Sorted by name.
    public var authors: [Author]
    /// Where each index term is discussed, A-Z; empty when no terms are configured.
    public var termIndex: [TermEntry]
    public var staticFiles: [StaticFile]
    public var skipped: [SkippedItem]
    public var diagnostics: [Diagnostic]

    /// Applies the publication rule, sorts, checks slugs and builds the taxonomy.
    public init(
        config: SiteConfig, content: LoadedContent, rule: PublicationRule, termCache: TermMentionCache? = nil
    ) {
        self.config = config
        var diagnostics: [Diagnostic] = []
        var skipped: [SkippedItem] = []
        var posts: [Post] = []
        for post in content.posts {
            if let reason = rule.reasonToSkip(draft: post.draft, date: post.date.date) {
                skipped.append(SkippedItem(source: post.source, reason: reason))
            } else {
                posts.append(post)
            }
        }
        var pages: [Page] = []
        for page in content.pages {
            if let reason = rule.reasonToSkip(draft: page.draft, date: nil) {
                skipped.append(SkippedItem(source: page.source, reason: reason))
            } else {
                pages.append(page)
            }
        }
        // Only what is published needs a summary of its own; drafts may still be unfinished.
        for post in posts where post.description == nil && post.takeaways.isEmpty {
            diagnostics.append(
                .warning(
                    "no 'description' or 'takeaways': the first paragraph stands in as the summary",
                    file: post.source, line: 1, column: 1))
        }
        posts.sort { lhs, rhs in
            lhs.date.date != rhs.date.date ? lhs.date.date > rhs.date.date : lhs.slug < rhs.slug
        }
        diagnostics += Self.slugCollisions(posts)
        let taxonomy = Taxonomy(posts: posts, topics: config.topics, strict: config.strictTopics)
        diagnostics += taxonomy.diagnostics
        let (series, seriesDiagnostics) = Self.makeSeries(posts)
        let (authors, authorDiagnostics) = Self.makeAuthors(posts, profiles: content.authors)
        diagnostics += seriesDiagnostics + authorDiagnostics
        self.series = series
        self.authors = authors
        let terms = config.indexTerms + (config.indexFromTags ? taxonomy.tags.map(\.name) : [])
        self.termIndex =
            terms.isEmpty
            ? []
            : TermIndexer.index(
                terms: terms,
                documents: posts.enumerated().map { TermDocument(id: $0.offset, blocks: $0.element.textBlocks) },
                cache: termCache)
        self.posts = posts
        self.pages = pages.sorted { $0.path < $1.path }
        self.tags = taxonomy.tags
        self.staticFiles = content.staticFiles
        self.skipped = skipped.sorted { $0.source < $1.source }
        self.diagnostics = diagnostics
    }

    /// Two published posts with one slug would write one page: an error naming both files.
    static func slugCollisions(_ posts: [Post]) -> [Diagnostic] {
        var bySlug: [String: [Post]] = [:]
        for post in posts { bySlug[post.slug, default: []].append(post) }
        return bySlug.keys.sorted().compactMap { slug in
            guard let group = bySlug[slug], group.count > 1 else { return nil }
            let sources = group.map(\.source).sorted()
            return .error(
                "post slug '\(slug)' is used by \(sources.count) posts: \(sources.joined(separator: ", "))",
                file: sources[0], line: 1, column: 1,
                notes: sources.dropFirst().map { "\($0): also has slug '\(slug)'; set 'slug' in one of them" })
        }
    }
}

/// Groups posts by tag slug, choosing a display name and reporting mixed spellings.
struct Taxonomy {
    var tags: [Tag] = []
    var diagnostics: [Diagnostic] = []

    init(posts: [Post], topics: TopicVocabulary = TopicVocabulary(), strict: Bool = false) {
        struct Mention {
            var name: String
            var source: String
            var line: Int?
            var column: Int?
        }
        var indices: [String: [Int]] = [:]
        var mentions: [String: [Mention]] = [:]
        for (index, post) in posts.enumerated() {
            var seenInPost: Set<String> = []
            var spellingsInPost: Set<String> = []
            for tag in post.tags {
                let slug = topics.canonicalSlug(for: tag.name)
                if strict, !topics.contains(tag.name) {
                    diagnostics.append(
                        .error(
                            "tag '\(tag.name)' is not in the topics vocabulary; add it (or an alias) to the topics, or fix the tag",
                            file: post.source, line: tag.line, column: tag.column))
                }
                guard !slug.isEmpty else {
                    diagnostics.append(
                        .warning(
                            "tag '\(tag.name)' has no letters or digits and is ignored", file: post.source,
                            line: tag.line, column: tag.column))
                    continue
                }
                // A spelling counts once per post, however often the post repeats it.
                if spellingsInPost.insert(tag.name).inserted {
                    mentions[slug, default: []].append(
                        Mention(name: tag.name, source: post.source, line: tag.line, column: tag.column))
                }
                if seenInPost.insert(slug).inserted { indices[slug, default: []].append(index) }
            }
        }
        for slug in indices.keys.sorted() {
            let uses = mentions[slug] ?? []
            var counts: [String: Int] = [:]
            for use in uses { counts[use.name, default: 0] += 1 }
            // The vocabulary names its topics; otherwise the spelling most posts use wins.
            let topic = topics.topics[slug]
            let name =
                topic?.name ?? counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
            tags.append(
                Tag(
                    slug: slug, name: name, postIndices: indices[slug] ?? [], description: topic?.description,
                    parent: topic?.parent, parentName: topic?.parentName))
            guard topic == nil, counts.count > 1, let canonical = uses.first(where: { $0.name == name }) else {
                continue
            }
            for use in uses where use.name != name {
                let location = [canonical.source, canonical.line.map(String.init)].compactMap { $0 }
                    .joined(separator: ":")
                diagnostics.append(
                    .warning(
                        "tag '\(use.name)' is also spelled '\(name)' (\(counts[name] ?? 0) use(s)); both are the tag '\(slug)', shown as '\(name)'",
                        file: use.source, line: use.line, column: use.column,
                        notes: ["\(location): spelled '\(name)' here"]))
            }
        }
    }
}
