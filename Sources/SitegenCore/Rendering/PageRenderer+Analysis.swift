/// Series and author pages, and the series box of a post.
extension PageRenderer {
    /// An author as lists show them: name, link, role, post count, feed.
    func authorLink(_ author: Author) -> AuthorLinkView {
        AuthorLinkView(
            name: author.name, slug: author.slug, url: urls.path(author.path),
            feedURL: urls.path(Routes.feed(of: author.path)), count: author.posts.count, role: author.profile?.role)
    }

    func authorPage(_ output: PlannedOutput, author: Author?) -> any TemplateObject {
        guard let author else { return NotFoundView() }
        var view = authorLink(author)
        view.posts = author.posts.map(summary)
        view.profile = author.profile
        return page(
            output, heading: author.name,
            description: author.profile?.role.map { "\(author.name), \($0)." } ?? "Posts by \(author.name).",
            AuthorPageView(author: view),
            feed: (Routes.feed(of: author.path), "\(site.config.title): \(author.name)"))
    }

    func seriesPage(_ output: PlannedOutput, series: Series?) -> any TemplateObject {
        guard let series else { return NotFoundView() }
        return page(
            output, heading: series.name,
            description: "A series of \(series.posts.count) posts on \(site.config.title).",
            SeriesPageView(series: seriesView(series, current: nil)),
            feed: (Routes.feed(of: series.path), "\(site.config.title): \(series.name)"))
    }

    /// A series with its parts in reading order; with `current`, the post being read and its
    /// neighbours in the series.
    func seriesView(_ series: Series, current: Post.ID?) -> SeriesView {
        let parts = series.posts.enumerated().map { position, id in
            let summary = summary(id)
            return SeriesPartView(
                title: summary.title, url: summary.url, date: summary.date, part: position + 1, isCurrent: id == current
            )
        }
        var view = SeriesView(
            name: series.name, slug: series.slug, url: urls.path(series.path),
            feedURL: urls.path(Routes.feed(of: series.path)), parts: parts)
        if let current, let position = series.posts.firstIndex(of: current) {
            view.part = position + 1
            if position > 0 { view.previous = parts[position - 1] }
            if position + 1 < parts.count { view.next = parts[position + 1] }
        }
        return view
    }
}
