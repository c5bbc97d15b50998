import SitegenText

/// Groups posts by canonical tag (aliases resolved through the topics vocabulary), choosing a
/// display name and reporting mixed spellings and tags outside a strict vocabulary.
struct Taxonomy {
    private(set) var tags: [Tag] = []
    /// Each post's canonical tags, in the order of the posts given.
    private(set) var postTags: [[Tag.ID]] = []
    private(set) var diagnostics: [Diagnostic] = []

    private struct Mention {
        var name: String
        var source: String
        var line: Int?
        var column: Int?
    }

    init(
        posts: [PostDocument], topics: TopicVocabulary = TopicVocabulary(), strict: Bool = false,
        routes: Routes = Routes()
    ) {
        var members: [String: [Post.ID]] = [:]
        var mentions: [String: [Mention]] = [:]
        // A few hundred names are written tens of thousands of times: each is made a slug once.
        var canonical: [String: String] = [:]
        for post in posts {
            var seenInPost: [Tag.ID] = []
            var spellingsInPost: Set<String> = []
            for tag in post.tagMentions {
                let slug = canonical[tag.name] ?? topics.canonicalSlug(for: tag.name)
                canonical[tag.name] = slug
                if strict, !topics.contains(tag.name) {
                    report(.tagNotInVocabulary(tag.name), at: tag, in: post)
                }
                guard !slug.isEmpty else {
                    report(.emptyTag(tag.name), at: tag, in: post)
                    continue
                }
                // A spelling counts once per post, however often the post repeats it.
                if spellingsInPost.insert(tag.name).inserted {
                    mentions[slug, default: []].append(
                        Mention(name: tag.name, source: post.source, line: tag.line, column: tag.column))
                }
                if !seenInPost.contains(Tag.ID(slug)) {
                    seenInPost.append(Tag.ID(slug))
                    members[slug, default: []].append(Post.ID(post.source))
                }
            }
            postTags.append(seenInPost)
        }
        for slug in members.keys.sorted() {
            addTag(slug, members: members[slug] ?? [], uses: mentions[slug] ?? [], topics: topics, routes: routes)
        }
    }

    private mutating func report(_ problem: Diagnostic.SiteProblem, at tag: NameMention, in post: PostDocument) {
        diagnostics.append(Diagnostic(.site(problem), file: post.source, line: tag.line, column: tag.column))
    }

    private mutating func addTag(
        _ slug: String, members: [Post.ID], uses: [Mention], topics: TopicVocabulary, routes: Routes
    ) {
        var counts: [String: Int] = [:]
        for use in uses { counts[use.name, default: 0] += 1 }
        // The vocabulary names its topics; otherwise the spelling most posts use wins.
        let topic = topics.topics[slug]
        let name = topic?.name ?? counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
        let id = Tag.ID(slug)
        tags.append(
            Tag(
                id: id, name: name, posts: members, description: topic?.description,
                parent: topic?.parent.map(Tag.ID.init), parentName: topic?.parentName, path: routes.tag(id)))
        guard topic == nil, counts.count > 1, let canonical = uses.first(where: { $0.name == name }) else { return }
        for use in uses where use.name != name {
            let location = [canonical.source, canonical.line.map(String.init)].compactMap { $0 }
                .joined(separator: ":")
            let mixed = Diagnostic.SiteProblem.mixedTagSpellings(
                spelling: use.name, name: name, count: counts[name] ?? 0, slug: slug, canonical: location)
            diagnostics.append(Diagnostic(.site(mixed), file: use.source, line: use.line, column: use.column))
        }
    }
}
