/// What each output of a plan is made from, as one fingerprint: the build's settings (config,
/// theme, vocabulary, options, sitegen itself), the output's place and job, and every value of the
/// model its page shows. Two builds that give an output the same fingerprint render it to the same
/// bytes, so an incremental build reuses the file of the previous one.
///
/// Each case mirrors what `PageRenderer.view(for:)` reads for that job. A post's own page and its
/// feed entries depend on its source file (which, with the settings, decides the whole post); list
/// pages depend only on the fields of the post summary they show, so a body edit that leaves the
/// summary alone re-renders the post page and the full-content feeds, not every list.
struct OutputFingerprints: Sendable {
    let site: Site
    let termIndex: TermIndex
    let settings: Fingerprint
    private let summaries: [Post.ID: Fingerprint]
    /// Title, path and date: what links to a post show (neighbours, series parts, corrections).
    private let links: [Post.ID: Fingerprint]
    /// A tag with its count and parent, as tag pages and the tag index show it.
    private let tagCards: [Tag.ID: Fingerprint]
    private let authorCards: [Author.ID: Fingerprint]

    init(site: Site, termIndex: TermIndex, settings: Fingerprint) {
        self.site = site
        self.termIndex = termIndex
        self.settings = settings
        var tagCards: [Tag.ID: Fingerprint] = [:]
        var postTags: [Tag.ID: Fingerprint] = [:]
        for tag in site.tags {
            var hasher = StableHasher()
            hasher.combine(tag.name)
            hasher.combine(tag.slug)
            hasher.combine(tag.path)
            hasher.combine(tag.description)
            // A post's tags show no count (`PostTagView`).
            postTags[tag.id] = hasher.finalize()
            hasher.combine(tag.posts.count)
            hasher.combine(tag.parent?.rawValue)
            hasher.combine(tag.parentName)
            tagCards[tag.id] = hasher.finalize()
        }
        var authorNames: [Author.ID: Fingerprint] = [:]
        var authorCards: [Author.ID: Fingerprint] = [:]
        for author in site.authors {
            var hasher = StableHasher()
            hasher.combine(author.name)
            hasher.combine(author.path)
            authorNames[author.id] = hasher.finalize()
            hasher.combine(author.slug)
            hasher.combine(author.posts.count)
            hasher.combine(author.profile != nil)
            if let profile = author.profile { hasher.combine(profile.sourceHash) }
            authorCards[author.id] = hasher.finalize()
        }
        var summaries: [Post.ID: Fingerprint] = [:]
        var links: [Post.ID: Fingerprint] = [:]
        for post in site.posts {
            var hasher = StableHasher()
            hasher.combine(post.title)
            hasher.combine(post.path)
            Self.combine(post.date, into: &hasher)
            links[post.id] = hasher.finalize()
            hasher.combine(post.summary)
            hasher.combine(post.draft)
            hasher.combine(post.tags.count)
            for tag in post.tags { hasher.combine(postTags[tag] ?? .zero) }
            hasher.combine(post.authors.count)
            for author in post.authors { hasher.combine(authorNames[author] ?? .zero) }
            summaries[post.id] = hasher.finalize()
        }
        self.tagCards = tagCards
        self.links = links
        self.authorCards = authorCards
        self.summaries = summaries
    }

    static func combine(_ date: FormattedDate, into hasher: inout StableHasher) {
        hasher.combine(date.iso)
        hasher.combine(date.display)
        hasher.combine(date.monthName)
    }

    /// The fingerprint of everything `output` is made from.
    func fingerprint(of output: PlannedOutput) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(settings)
        hasher.combine(output.file)
        hasher.combine(output.sitePath)
        hasher.combine(output.kind.rawValue)
        combine(output.job, into: &hasher)
        return hasher.finalize()
    }

    private func combine(_ job: OutputJob, into hasher: inout StableHasher) {
        switch job {
        case .home(let pagination):
            hasher.combine("home")
            combine(pagination, site.posts[pagination.range].map(\.id), into: &hasher)
        case .post(let id):
            hasher.combine("post")
            combinePostPage(site.post(id), into: &hasher)
        case .page(let id):
            hasher.combine("page")
            hasher.combine(site.page(id)?.document.sourceHash ?? .zero)
            hasher.combine(site.page(id)?.path)
        case .tagIndex:
            hasher.combine("tags")
            for tag in site.tags { hasher.combine(tagCards[tag.id] ?? .zero) }
        case .tag(let id, let pagination):
            hasher.combine("tag")
            guard let tag = site.tag(id) else { return }
            hasher.combine(tagCards[id] ?? .zero)
            hasher.combine(tag.parent.flatMap { tagCards[$0] })
            for child in site.tags where child.parent == id { hasher.combine(tagCards[child.id] ?? .zero) }
            combine(pagination, Array(tag.posts[pagination.range]), into: &hasher)
        case .archive:
            hasher.combine("archive")
            combineSummaries(site.posts.map(\.id), into: &hasher)
        case .corrections:
            hasher.combine("corrections")
            for post in site.posts where !post.corrections.isEmpty {
                hasher.combine(post.document.sourceHash)
                hasher.combine(links[post.id] ?? .zero)
            }
        case .notFound, .robots, .authorIndex, .termIndex:
            combineSiteLists(job, into: &hasher)
        case .series(let id):
            hasher.combine("series")
            combine(series: id, into: &hasher)
        case .term(let slug):
            hasher.combine("term")
            combine(term: termIndex.entry(slug: slug), into: &hasher)
        case .author(let id):
            hasher.combine("author")
            guard let author = site.author(id) else { return }
            hasher.combine(authorCards[id] ?? .zero)
            combineSummaries(author.posts, into: &hasher)
        case .feed(let feed):
            hasher.combine("feed")
            hasher.combine(feed.title)
            hasher.combine(feed.pagePath)
            hasher.combine(feed.fullContent)
            for id in feed.posts {
                let post = site.post(id)
                hasher.combine(summaries[id] ?? .zero)
                // A summary-only entry shows the summary fields, its dates and its takeaways.
                if feed.fullContent {
                    hasher.combine(post.document.sourceHash)
                } else {
                    hasher.combine(post.lastModified.iso)
                    hasher.combine(post.takeaways.count)
                    for takeaway in post.takeaways {
                        hasher.combine(takeaway.html)
                        hasher.combine(takeaway.text)
                    }
                }
            }
        case .sitemap(let entries):
            hasher.combine("sitemap")
            for entry in entries {
                hasher.combine(entry.sitePath)
                hasher.combine(entry.lastModified?.day)
            }
        case .redirect(let target):
            hasher.combine("redirect")
            hasher.combine(target)
        case .redirectRules(let rules):
            hasher.combine("redirect rules")
            for rule in rules {
                hasher.combine(rule.from)
                hasher.combine(rule.to)
            }
        case .copy(.file(let path)):
            hasher.combine("copy file")
            hasher.combine(path)
            Self.combineStamp(ofFile: path, into: &hasher)
        case .copy(.text(let text)):
            hasher.combine("copy text")
            hasher.combine(text)
        }
    }

    /// Outputs made from site-wide lists: the author index, the term index, and those from the
    /// settings alone.
    private func combineSiteLists(_ job: OutputJob, into hasher: inout StableHasher) {
        switch job {
        case .authorIndex:
            hasher.combine("authors")
            for author in site.authors { hasher.combine(authorCards[author.id] ?? .zero) }
        case .termIndex:
            hasher.combine("terms")
            for entry in termIndex.entries {
                hasher.combine(entry.term)
                hasher.combine(entry.slug)
                hasher.combine(entry.documents.count)
                hasher.combine(entry.mentionCount)
            }
        default:
            hasher.combine(job.template)
        }
    }

    /// A post page: the post itself, its summary, its neighbours and its series.
    private func combinePostPage(_ post: Post, into hasher: inout StableHasher) {
        hasher.combine(post.document.sourceHash)
        hasher.combine(summaries[post.id] ?? .zero)
        let position = site.position(of: post.id) ?? 0
        let older = position + 1 < site.posts.count ? site.posts[position + 1].id : nil
        let newer = position > 0 ? site.posts[position - 1].id : nil
        hasher.combine(older.flatMap { links[$0] })
        hasher.combine(newer.flatMap { links[$0] })
        if let series = post.series {
            combine(series: series, into: &hasher)
        } else {
            hasher.combine(false)
        }
    }

    private func combine(series id: Series.ID, into hasher: inout StableHasher) {
        guard let series = site.series(id) else { return hasher.combine(false) }
        hasher.combine(series.name)
        hasher.combine(series.slug)
        hasher.combine(series.path)
        hasher.combine(series.posts.count)
        for id in series.posts { hasher.combine(links[id] ?? .zero) }
    }

    private func combine(term entry: TermEntry?, into hasher: inout StableHasher) {
        guard let entry else { return hasher.combine(false) }
        hasher.combine(entry.term)
        hasher.combine(entry.slug)
        hasher.combine(entry.mentionCount)
        hasher.combine(entry.documents.count)
        for mentions in entry.documents {
            hasher.combine(summaries[termIndex.post(of: mentions)] ?? .zero)
            hasher.combine(mentions.count)
            hasher.combine(mentions.snippets.count)
            for snippet in mentions.snippets {
                hasher.combine(snippet.before)
                hasher.combine(snippet.match)
                hasher.combine(snippet.after)
                hasher.combine(snippet.headingID)
            }
        }
    }

    private func combine(_ pagination: Pagination, _ posts: [Post.ID], into hasher: inout StableHasher) {
        hasher.combine(pagination.current)
        hasher.combine(pagination.total)
        combineSummaries(posts, into: &hasher)
    }

    private func combineSummaries(_ posts: [Post.ID], into hasher: inout StableHasher) {
        hasher.combine(posts.count)
        for id in posts { hasher.combine(summaries[id] ?? .zero) }
    }

    /// A copied file by its size, times and inode, without reading it: any write changes its
    /// change time. Read before the copy, so a file changed in between is copied again next time.
    static func combineStamp(ofFile path: String, into hasher: inout StableHasher) {
        guard let stamp = FileStamp.of(path) else { return hasher.combine(false) }
        hasher.combine(Int(stamp.size))
        hasher.combine(UInt64(stamp.inode))
        hasher.combine(Int(stamp.modified))
        hasher.combine(Int(stamp.changed))
    }
}
