/// Post pages, tag pages, the tag index, the archive and the corrections page.
extension PageRenderer {
    func postPage(_ output: PlannedOutput, post: Post) -> PageContext<PostPageView> {
        let citation = CitationView(
            post: post, url: urls.absolute(post.path), siteTitle: site.config.title, language: site.config.language,
            authors: post.authors.compactMap { site.author($0)?.name },
            keywords: post.tags.compactMap { site.tag($0)?.name })
        let view = PostView(
            summary: summary(post.id), post: post, absoluteURL: urls.absolute(post.path), citation: citation)
        // Posts are newest first: the older post follows, the newer one precedes.
        let position = site.position(of: post.id) ?? 0
        let older = position + 1 < site.posts.count ? site.posts[position + 1] : nil
        let newer = position > 0 ? site.posts[position - 1] : nil
        var context = page(
            output, heading: post.title, description: post.summary,
            PostPageView(
                post: view, series: post.series.flatMap { site.series($0) }.map { seriesView($0, current: post.id) },
                previous: older.map(link), next: newer.map(link)))
        context.meta?.ogType = "article"
        return context
    }

    func link(_ post: Post) -> PostLinkView {
        PostLinkView(title: post.title, url: summary(post.id).url)
    }

    func tagPage(_ output: PlannedOutput, tag: Tag?, pagination: Pagination) -> any TemplateObject {
        guard let tag, let link = tagLinks[tag.id] else { return NotFoundView() }
        return page(
            output, heading: "Posts tagged \u{201C}\(tag.name)\u{201D}",
            description: "Analysis tagged \(tag.name) on \(site.config.title).",
            TagPageView(
                tag: link, posts: tag.posts[pagination.range].map(summary),
                pagination: paginationView(pagination, basePath: tag.path), parent: parentLink(of: tag),
                children: site.tags.filter { $0.parent == tag.id }.compactMap { tagLinks[$0.id] }),
            feed: (Routes.feed(of: tag.path), "\(site.config.title): \(tag.name)"))
    }

    /// The parent topic of a tag: linked when it is a tag of its own.
    func parentLink(of tag: Tag) -> ParentLinkView? {
        guard let parent = tag.parent else { return nil }
        return ParentLinkView(name: tag.parentName ?? parent.rawValue, url: tagLinks[parent]?.url)
    }

    /// The tag index grouped by parent topic (parents A-Z, then the tags without a parent).
    func tagGroups() -> [TagGroupView] {
        var groups: [Tag.ID?: [TagLinkView]] = [:]
        var names: [Tag.ID: String] = [:]
        for tag in site.tags {
            guard let link = tagLinks[tag.id] else { continue }
            groups[tag.parent, default: []].append(link)
            if let parent = tag.parent { names[parent] = tag.parentName ?? parent.rawValue }
        }
        let parents = groups.keys.compactMap { $0 }.sorted {
            (names[$0] ?? $0.rawValue).lowercased() < (names[$1] ?? $1.rawValue).lowercased()
        }
        var result = parents.map { parent in
            TagGroupView(
                name: names[parent] ?? parent.rawValue, url: tagLinks[parent]?.url, tags: groups[parent] ?? [])
        }
        // A tag that heads a group is listed there, not again among the others.
        let loose = (groups[nil] ?? []).filter { groups[Tag.ID($0.slug)] == nil }
        if !loose.isEmpty { result.append(TagGroupView(name: "Other topics", url: nil, tags: loose)) }
        return result
    }

    /// Posts grouped by year, then month, newest first.
    func archiveYears() -> [ArchiveYearView] {
        var years: [ArchiveYearView] = []
        for post in site.posts {
            let year = String(post.date.day.prefix(4))
            let month = String(post.date.day.dropFirst(5).prefix(2))
            if years.last?.year != year { years.append(ArchiveYearView(year: year, count: 0, months: [])) }
            let last = years.count - 1
            years[last].count += 1
            if years[last].months.last?.number != month {
                years[last].months.append(ArchiveMonthView(name: post.date.monthName, number: month, posts: []))
            }
            years[last].months[years[last].months.count - 1].posts.append(summary(post.id))
        }
        return years
    }

    /// Every correction of every post, newest first, each with its post.
    func correctionEntries() -> [CorrectionEntryView] {
        site.posts.flatMap { post in
            post.corrections.map { CorrectionEntryView(correction: $0, post: link(post)) }
        }
        .enumerated().sorted { lhs, rhs in
            lhs.element.correction.date != rhs.element.correction.date
                ? lhs.element.correction.date > rhs.element.correction.date : lhs.offset < rhs.offset
        }
        .map(\.element)
    }
}
