import Foundation
import SitegenMarkdown
import SitegenText

/// Loads single Markdown files; one per task, since it owns a date formatter.
struct ContentFileReader {
    let config: SiteConfig
    let contentRoot: URL
    let frontMatter: FrontMatterParser
    let markdown: MarkdownRenderer
    let dates: DateFormatting

    init(config: SiteConfig, contentRoot: URL) {
        self.config = config
        self.contentRoot = contentRoot
        frontMatter = FrontMatterParser(timeZone: config.timeZone)
        markdown = MarkdownRenderer(
            options: MarkdownOptions(
                unsafeHTML: config.unsafeMarkdown, headingAnchors: true, footnotesTitle: Self.footnotesTitle,
                collectsProse: config.hasTermIndex))
        dates = DateFormatting(config: config)
    }

    /// The heading of the footnotes section: footnotes are where analysis cites its sources.
    static let footnotesTitle = "Sources"

    /// Renders one line of inline Markdown (a takeaway, a correction).
    func inline(_ text: String) -> InlineText {
        let rendered = markdown.render(text)
        var html = rendered.html
        if html.hasPrefix("<p>") && html.hasSuffix("</p>\n") {
            html = String(html.dropFirst(3).dropLast(5))
        }
        return InlineText(html: html, text: rendered.firstParagraph)
    }

    func load(relativePath: String) -> FileLoadResult {
        let file = ContentLoader.contentDirectory + "/" + relativePath
        let url = contentRoot.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return FileLoadResult(diagnostics: [Diagnostic(.content(.unreadable), file: file)])
        }
        let text: String
        switch Diagnostic.decoding(data, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return FileLoadResult(diagnostics: [diagnostic])
        }
        let components = relativePath.split(separator: "/")
        let hash = data.withUnsafeBytes { Fingerprint.of($0) }
        var result: FileLoadResult
        if components.count == 2, components[0] == ContentLoader.authorsDirectory {
            result = loadAuthor(text, file: file, relativePath: relativePath)
        } else if relativePath.hasPrefix(ContentLoader.postsDirectory + "/") {
            result = loadPost(text, file: file, relativePath: relativePath, hash: hash)
        } else {
            result = loadPage(text, file: file, relativePath: relativePath)
        }
        result.page?.sourceHash = hash
        result.author?.sourceHash = hash
        return result
    }

    private func loadPost(_ text: String, file: String, relativePath: String, hash: Fingerprint) -> FileLoadResult {
        let (parsed, body, diagnostics) = frontMatter.parse(text, file: file)
        var result = FileLoadResult(diagnostics: diagnostics)
        guard let matter = parsed else { return result }
        let stem = ((relativePath as NSString).lastPathComponent as NSString).deletingPathExtension
        let datedName = DateParser.fileNamePrefix(stem, timeZone: config.timeZone)
        let title = matter.title
        if title == nil { result.report(.requiredKey("title"), file: file) }
        let date = matter.date ?? datedName?.0 ?? matter.publishDate
        let dateUnreadable = diagnostics.contains {
            if case .frontMatter(.invalidDate(key: "date", _)) = $0.kind { true } else { false }
        }
        if date == nil, !dateUnreadable {
            result.report(.missingDate, file: file)
        }
        let fileName = datedName?.1 ?? stem
        let slug = matter.slug ?? Slug.make(fileName)
        if slug.isEmpty {
            result.report(.noSlug, file: file)
        }
        guard let title, let date, !slug.isEmpty, !result.diagnostics.contains(where: { $0.severity == .error })
        else { return result }
        if matter.seriesPart != nil, matter.series == nil,
            let key = matter.keys.first(where: { $0.name == "seriesPart" })
        {
            result.diagnostics.append(
                Diagnostic(.content(.seriesPartWithoutSeries), file: file, line: key.line, column: key.column))
        }
        let rendered = render(body, bodyLine: matter.bodyLine, file: file, into: &result)
        // Heading lines count from the body; diagnostics and templates want file lines.
        let headings = rendered.headings.map { heading in
            Heading(level: heading.level, text: heading.text, id: heading.id, line: heading.line + matter.bodyLine - 1)
        }
        let takeaways = matter.takeaways.map(inline)
        let corrections = matter.corrections.sorted { $0.date > $1.date }.map { notice in
            let text = inline(notice.text)
            return Correction(date: dates.format(notice.date), html: text.html, text: text.text)
        }
        // The text before a `<!--more-->` line is a summary the author chose, like a description.
        let description = matter.description ?? rendered.excerpt.flatMap { $0.isEmpty ? nil : $0 }
        let summary =
            description ?? (takeaways.isEmpty ? rendered.firstParagraph : takeaways.map(\.text).joined(separator: " "))
        let folders = relativePath.split(separator: "/").dropFirst().dropLast()
        result.post = PostDocument(
            source: file, fileName: fileName, section: folders.joined(separator: "/"), slug: slug, title: title,
            date: dates.format(date), updated: matter.updated.map(dates.format), description: description,
            summary: summary, tagMentions: matter.tags, authorNames: matter.authors,
            draft: matter.draft, params: matter.params, html: rendered.html, headings: headings,
            wordCount: rendered.wordCount, takeaways: takeaways, corrections: corrections,
            seriesName: matter.series, seriesPart: matter.seriesPart, textBlocks: rendered.textBlocks,
            url: matter.url, aliases: matter.aliases, visibility: matter.visibility, sourceHash: hash)
        return result
    }

    /// Renders a post's or page's body, reporting what a reader would not see as written.
    private func render(_ body: Substring, bodyLine: Int, file: String, into result: inout FileLoadResult)
        -> RenderedMarkdown
    {
        let (text, rawBlocks) = JekyllRawMarkers.strip(body)
        let rendered = markdown.render(text)
        if !rawBlocks.isEmpty {
            result.diagnostics.append(
                Diagnostic(
                    .content(.rawMarkersRemoved(blocks: rawBlocks.count)), file: file,
                    line: rawBlocks[0].lowerBound + bodyLine - 1, column: 1))
        }
        let lost = LostContent(file: file, bodyLine: bodyLine, unsafeHTML: config.unsafeMarkdown)
        result.diagnostics += lost.diagnostics(for: rendered, body: text, rawBlocks: rawBlocks)
        return rendered
    }

    private func loadAuthor(_ text: String, file: String, relativePath: String) -> FileLoadResult {
        let (parsed, body, diagnostics) = frontMatter.parse(text, file: file)
        var result = FileLoadResult(diagnostics: diagnostics)
        guard let matter = parsed else { return result }
        let stem = ((relativePath as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let name = matter.name ?? matter.title else {
            result.report(.profileWithoutName, file: file)
            return result
        }
        let slug = Slug.make(stem)
        if slug != Slug.make(name) {
            result.report(.profileFileName(stem: stem, name: name, slug: Slug.make(name)), file: file)
        }
        // A profile shows its name, role, links and text; any other key would be dropped unseen.
        for key in matter.keys where !["name", "title", "role", "links"].contains(key.name) {
            result.diagnostics.append(
                Diagnostic(.content(.unusedProfileKey(key.name)), file: file, line: key.line, column: key.column))
        }
        if result.diagnostics.contains(where: { $0.severity == .error }) { return result }
        result.author = AuthorProfile(
            source: file, slug: Slug.make(name), name: name, role: matter.role, links: matter.links,
            html: markdown.render(String(body)).html)
        return result
    }

    private func loadPage(_ text: String, file: String, relativePath: String) -> FileLoadResult {
        let (parsed, body, diagnostics) = frontMatter.parse(text, file: file)
        var result = FileLoadResult(diagnostics: diagnostics)
        guard let matter = parsed else { return result }
        guard let title = matter.title else {
            result.report(.requiredKey("title"), file: file)
            return result
        }
        if result.diagnostics.contains(where: { $0.severity == .error }) { return result }
        let rendered = render(body, bodyLine: matter.bodyLine, file: file, into: &result)
        result.page = PageDocument(
            source: file, relativePath: (relativePath as NSString).deletingPathExtension, title: title,
            description: matter.description, html: rendered.html, params: matter.params, draft: matter.draft,
            url: matter.url, aliases: matter.aliases, visibility: matter.visibility)
        return result
    }
}

extension FileLoadResult {
    /// Reports a problem of the file as a whole, at its first line.
    fileprivate mutating func report(_ problem: Diagnostic.ContentProblem, file: String) {
        diagnostics.append(Diagnostic(.content(problem), file: file, line: 1, column: 1))
    }
}
