/// Decides every output path and what renders it; two outputs at one path is an error found
/// here, before anything is written.
public struct BuildPlanner: Sendable {
    public static let feedEntryLimit = 20

    public init() {}

    public func plan(site: Site, theme: Theme) -> BuildPlan {
        var plan = BuildPlan()
        var origins: [String: String] = [:]

        func add(_ sitePath: String, _ job: OutputJob, file: String? = nil, origin: String) {
            let output = file ?? URLBuilder.outputFile(for: sitePath)
            if let first = origins[output] {
                plan.diagnostics.append(collision(output, first: first, second: origin))
                return
            }
            origins[output] = origin
            plan.outputs.append(PlannedOutput(file: output, sitePath: sitePath, job: job))
        }

        for pagination in Pagination.pages(itemCount: site.posts.count, perPage: site.config.paginate) {
            add(Pagination.path(basePath: "", page: pagination.current), .home(pagination), origin: "the home page")
        }
        for (index, post) in site.posts.enumerated() {
            add(post.path, .post(index), origin: post.source)
        }
        for (index, page) in site.pages.enumerated() {
            add(page.path, .page(index), origin: page.source)
        }
        add("tags/", .tagIndex, origin: "the tag index")
        for (index, tag) in site.tags.enumerated() {
            let origin = "the tag '\(tag.name)'"
            for pagination in Pagination.pages(itemCount: tag.postIndices.count, perPage: site.config.paginate) {
                add(
                    Pagination.path(basePath: tag.path, page: pagination.current), .tag(index, pagination),
                    origin: origin)
            }
            add(tag.path + "feed.xml", .feed(.tag(index)), origin: origin + " feed")
        }
        for (index, series) in site.series.enumerated() {
            add(series.path, .series(index), origin: "the series '\(series.name)'")
            add(series.path + "feed.xml", .feed(.series(index)), origin: "the series '\(series.name)' feed")
        }
        if !site.config.indexTerms.isEmpty || site.config.indexFromTags {
            add("index/", .termIndex, origin: "the term index")
            for (index, entry) in site.termIndex.enumerated() {
                add("index/\(entry.slug)/", .term(index), origin: "the index term '\(entry.term)'")
            }
        }
        add("authors/", .authorIndex, origin: "the author index")
        for (index, author) in site.authors.enumerated() {
            add(author.path, .author(index), origin: author.profile?.source ?? "the author '\(author.name)'")
            add(author.path + "feed.xml", .feed(.author(index)), origin: "the author '\(author.name)' feed")
        }
        add("archive/", .archive, origin: "the archive")
        add("corrections/", .corrections, origin: "the corrections page")
        add("404.html", .notFound, origin: "the 404 page")
        add("feed.xml", .feed(.site), origin: "the site feed")
        add("sitemap.xml", .sitemap, origin: "the sitemap")
        add("robots.txt", .robots, origin: "robots.txt")

        for file in site.staticFiles {
            addCopy(
                PlannedCopy(file: file.outputPath, source: .file(file.sourcePath), origin: "content/" + file.outputPath)
            )
        }
        for asset in theme.assets {
            addCopy(PlannedCopy(file: asset.outputPath, source: asset.source, origin: "templates/" + asset.outputPath))
        }

        func addCopy(_ copy: PlannedCopy) {
            if let first = origins[copy.file] {
                plan.diagnostics.append(collision(copy.file, first: first, second: copy.origin))
                return
            }
            origins[copy.file] = copy.origin
            plan.copies.append(copy)
        }
        return plan
    }

    private func collision(_ output: String, first: String, second: String) -> Diagnostic {
        let file = [second, first].first { $0.hasPrefix("content/") || $0.hasPrefix("templates/") }
        return .error(
            "two outputs would be written to '\(output)': \(first) and \(second)", file: file,
            notes: ["rename one of them or set a different 'slug'"])
    }
}
