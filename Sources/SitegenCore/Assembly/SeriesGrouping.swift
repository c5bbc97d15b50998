import SitegenText

/// Groups posts into series in reading order (by `seriesPart`, then by date), reporting two
/// posts that claim one part.
struct SeriesGrouping {
    private(set) var series: [Series] = []
    /// Each post's series, in the order of the posts given.
    private(set) var postSeries: [Series.ID?] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(posts: [PostDocument], routes: Routes) {
        var groups: [String: (name: String, members: [PostDocument])] = [:]
        for post in posts {
            let slug = post.seriesName.map(Slug.make) ?? ""
            postSeries.append(slug.isEmpty ? nil : Series.ID(slug))
            guard let name = post.seriesName, !slug.isEmpty else { continue }
            groups[slug, default: (name, [])].members.append(post)
        }
        for slug in groups.keys.sorted() {
            guard let group = groups[slug] else { continue }
            let ordered = group.members.sorted { lhs, rhs in
                let left = (lhs.seriesPart ?? Int.max, lhs.date.date)
                let right = (rhs.seriesPart ?? Int.max, rhs.date.date)
                return left.0 != right.0 ? left.0 < right.0 : left.1 < right.1
            }
            var byPart: [Int: String] = [:]
            for post in ordered {
                guard let part = post.seriesPart else { continue }
                if let first = byPart[part] {
                    let taken = Diagnostic.SiteProblem.seriesPartTaken(part: part, series: group.name, other: first)
                    diagnostics.append(Diagnostic(.site(taken), file: post.source, line: 1, column: 1))
                } else {
                    byPart[part] = post.source
                }
            }
            let id = Series.ID(slug)
            series.append(
                Series(id: id, name: group.name, posts: ordered.map { Post.ID($0.source) }, path: routes.series(id)))
        }
    }
}
