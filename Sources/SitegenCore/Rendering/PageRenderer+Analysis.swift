import SitegenMarkdown
import SitegenText

/// Series and author pages, and the series box of a post.
extension PageRenderer {
    /// An author as lists show them: name, link, role, post count, feed.
    func authorLink(_ index: Int) -> [String: Any] {
        let author = site.authors[index]
        var link: [String: Any] = [
            "name": author.name, "slug": author.slug, "url": urls.path(author.path),
            "feedURL": urls.path(author.path + "feed.xml"), "count": author.postIndices.count,
        ]
        if let role = author.profile?.role { link["role"] = role }
        return link
    }

    func authorContext(_ output: PlannedOutput, index: Int) -> PageContextView {
        let author = site.authors[index]
        var values = authorLink(index)
        values["posts"] = author.postIndices.map { summaries[$0] }
        values["hasPosts"] = !author.postIndices.isEmpty
        if let profile = author.profile {
            values["bio"] = profile.html
            values["links"] = profile.links.map { ["title": $0.title, "url": $0.url] }
            values["hasLinks"] = !profile.links.isEmpty
        }
        var pageMeta = meta(
            output, heading: author.name,
            description: author.profile?.role.map { "\(author.name), \($0)." } ?? "Posts by \(author.name).")
        pageMeta.feedURL = urls.absolute(author.path + "feed.xml")
        pageMeta.feedTitle = "\(site.config.title): \(author.name)"
        return PageContextView(site: siteView, meta: pageMeta, values: ["author": values])
    }

    func seriesContext(_ output: PlannedOutput, index: Int) -> PageContextView {
        let series = site.series[index]
        var pageMeta = meta(
            output, heading: series.name,
            description: "A series of \(series.postIndices.count) posts on \(site.config.title).")
        pageMeta.feedURL = urls.absolute(series.path + "feed.xml")
        pageMeta.feedTitle = "\(site.config.title): \(series.name)"
        return PageContextView(site: siteView, meta: pageMeta, values: ["series": seriesView(index, current: nil)])
    }

    /// A series with its parts in reading order; with `current`, the post being read and its
    /// neighbours in the series.
    func seriesView(_ index: Int, current: Int?) -> [String: Any] {
        let series = site.series[index]
        let parts = series.postIndices.enumerated().map { position, post -> [String: Any] in
            var part: [String: Any] = summaryFields(post)
            part["part"] = position + 1
            part["isCurrent"] = post == current
            return part
        }
        var view: [String: Any] = [
            "name": series.name, "slug": series.slug, "url": urls.path(series.path),
            "feedURL": urls.path(series.path + "feed.xml"), "total": series.postIndices.count, "parts": parts,
        ]
        if let current, let position = series.postIndices.firstIndex(of: current) {
            view["part"] = position + 1
            if position > 0 { view["previous"] = parts[position - 1] }
            if position + 1 < parts.count { view["next"] = parts[position + 1] }
        }
        return view
    }

    /// The parent topic of a tag: linked when it is a tag of its own.
    func parentLink(of tag: Tag) -> [String: Any]? {
        guard let parent = tag.parent else { return nil }
        var link: [String: Any] = ["name": tag.parentName ?? parent]
        if let index = site.tags.firstIndex(where: { $0.slug == parent }) { link["url"] = tagLinks[index].url }
        return link
    }

    /// The tags whose parent topic is `tag`.
    func childTags(of tag: Tag) -> [TagLinkView] {
        site.tags.indices.filter { site.tags[$0].parent == tag.slug }.map { tagLinks[$0] }
    }

    /// The tag index grouped by parent topic (parents A-Z, then the tags without a parent).
    func tagGroups() -> [[String: Any]] {
        var groups: [String: [TagLinkView]] = [:]
        var names: [String: String] = [:]
        for (index, tag) in site.tags.enumerated() {
            let key = tag.parent ?? ""
            groups[key, default: []].append(tagLinks[index])
            if let parent = tag.parent { names[parent] = tag.parentName ?? parent }
        }
        let keys = groups.keys.filter { !$0.isEmpty }.sorted {
            (names[$0] ?? $0).lowercased() < (names[$1] ?? $1).lowercased()
        }
        var result: [[String: Any]] = keys.map { key in
            var group: [String: Any] = ["name": names[key] ?? key, "tags": groups[key] ?? []]
            if let index = site.tags.firstIndex(where: { $0.slug == key }) { group["url"] = tagLinks[index].url }
            return group
        }
        // A tag that heads a group is listed there, not again among the others.
        let loose = (groups[""] ?? []).filter { groups[$0.slug] == nil }
        if !loose.isEmpty { result.append(["name": "Other topics", "tags": loose]) }
        return result
    }

    /// The series a post belongs to, if any.
    func seriesIndex(of post: Int) -> Int? {
        guard let name = site.posts[post].series else { return nil }
        let slug = Slug.make(name)
        return site.series.firstIndex { $0.slug == slug }
    }

    private func summaryFields(_ post: Int) -> [String: Any] {
        let summary = summaries[post]
        return ["title": summary.title, "url": summary.url, "date": summary.date]
    }
}
