import CCmarkGFM
import SitegenText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Settings that change how Markdown becomes HTML.
public struct MarkdownOptions: Sendable, Equatable, Hashable {
    /// Pass raw HTML blocks and inline HTML through; when false they are replaced by a comment.
    public var unsafeHTML: Bool
    /// Curly quotes, en and em dashes, ellipses.
    public var smartPunctuation: Bool
    /// Add a `#` link to every heading, pointing at the heading itself.
    public var headingAnchors: Bool
    /// A heading put at the top of the footnotes section (`Sources`), or nil for none.
    public var footnotesTitle: String?
    /// Collect the document's prose (`RenderedMarkdown.textBlocks`); only the term index reads it.
    public var collectsProse: Bool

    public init(
        unsafeHTML: Bool = false, smartPunctuation: Bool = true, headingAnchors: Bool = false,
        footnotesTitle: String? = nil, collectsProse: Bool = true
    ) {
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
        self.headingAnchors = headingAnchors
        self.footnotesTitle = footnotesTitle
        self.collectsProse = collectsProse
    }
}

/// Renders GitHub-flavoured Markdown with libcmark-gfm: tables, strikethrough, autolinks, the
/// tag filter, task lists and footnotes, with a unique `id` on every heading.
///
/// Safe to call from many tasks at once (see `CmarkRuntime`).
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
        CmarkRuntime.prepare()
    }

    var cmarkOptions: Int32 {
        var value = CMARK_OPT_FOOTNOTES
        if options.smartPunctuation { value |= CMARK_OPT_SMART }
        if options.unsafeHTML { value |= CMARK_OPT_UNSAFE }
        return value
    }

    /// Renders `markdown`; everything returned is copied out of cmark, whose tree is freed.
    public func render(_ markdown: String) -> RenderedMarkdown {
        let options = cmarkOptions
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(
                html: "", headings: [], firstParagraph: "", wordCount: 0, hasFootnotes: false)
        }
        defer { cmark_parser_free(parser) }
        CmarkRuntime.attachExtensions(to: parser)
        var source = markdown
        source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = CmarkRuntime.finish(parser) else {
            return RenderedMarkdown(
                html: "", headings: [], firstParagraph: "", wordCount: 0, hasFootnotes: false)
        }
        defer { cmark_node_free(document) }

        let extensions = cmark_parser_get_syntax_extensions(parser)
        let scan = DocumentScan(document: document, collectsProse: self.options.collectsProse)
        var ids = HeadingIDAllocator()
        var headings: [Heading] = []
        for node in scan.headings {
            let heading = Heading(
                level: Int(cmark_node_get_heading_level(node)),
                text: CmarkText.plain(of: node),
                id: "",
                line: Int(cmark_node_get_start_line(node)))
            let id = ids.allocate(for: heading.text)
            headings.append(Heading(level: heading.level, text: heading.text, id: id, line: heading.line))
            replaceWithIdentifiedHTML(node, id: id, options: options, extensions: extensions)
        }
        var html = CmarkText.take(cmark_render_html(document, options, extensions))
        if let title = self.options.footnotesTitle, scan.hasFootnotes {
            html = Self.titleFootnotes(html, title: title, id: ids.allocate(for: title))
        }
        var rendered = RenderedMarkdown(
            html: html, headings: headings, firstParagraph: scan.firstParagraph,
            wordCount: scan.wordCount, hasFootnotes: scan.hasFootnotes)
        rendered.excerpt = scan.excerpt
        rendered.rawHTML = scan.rawHTML
        rendered.templateCalls = scan.templateCalls
        rendered.textBlocks = scan.blocks.map {
            TextBlock(text: $0.text, headingID: $0.heading.map { headings[$0].id })
        }
        return rendered
    }

    /// Swaps a heading node for a custom block holding the heading's own HTML with an `id` added,
    /// so cmark's renderer (and its extensions) still does all the escaping.
    private func replaceWithIdentifiedHTML(
        _ heading: OpaquePointer, id: String, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?
    ) {
        var html = CmarkText.take(cmark_render_html(heading, options, extensions))
        while html.last == "\n" { html.removeLast() }
        let tag = "<h\(cmark_node_get_heading_level(heading))"
        if html.hasPrefix(tag) {
            html = tag + " id=\"\(id)\"" + html.dropFirst(tag.count)
        }
        let closing = "</h\(cmark_node_get_heading_level(heading))>"
        if self.options.headingAnchors, html.hasSuffix(closing) {
            html.insert(
                contentsOf: "<a class=\"heading-anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a>",
                at: html.index(html.endIndex, offsetBy: -closing.count))
        }
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html)
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }
}

extension MarkdownRenderer {
    static let footnotesOpening = "<section class=\"footnotes\" data-footnotes>\n"

    /// Puts a heading at the top of cmark's footnotes section.
    static func titleFootnotes(_ html: String, title: String, id: String) -> String {
        guard let end = endOfFirst(footnotesOpening, in: html) else { return html }
        var result = html
        let escaped = MarkupEscaping.escape(title)
        result.insert(contentsOf: "<h2 class=\"footnotes-title\" id=\"\(id)\">\(escaped)</h2>\n", at: end)
        return result
    }
}

/// Where the first `needle` in `text` ends, compared byte for byte (`firstRange(of:)` compares
/// `Character`s: 5% of loading a post). `needle` is ASCII, so a match ends on a character boundary.
func endOfFirst(_ needle: String, in text: String) -> String.Index? {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return nil }
    let utf8 = text.utf8
    var start = utf8.startIndex
    while let candidate = utf8[start...].firstIndex(of: first) {
        var index = candidate
        var matched = 0
        while matched < pattern.count, index < utf8.endIndex, utf8[index] == pattern[matched] {
            matched += 1
            index = utf8.index(after: index)
        }
        if matched == pattern.count { return index }
        start = utf8.index(after: candidate)
    }
    return nil
}

/// Gives each heading a unique id: `x`, then `x-1`, `x-2`; never a footnote anchor (`fn-*`,
/// `fnref-*`) and never empty.
struct HeadingIDAllocator {
    private var used: Set<String> = []

    mutating func allocate(for text: String) -> String {
        var base = Slug.make(text)
        if base.isEmpty { base = "section" }
        if base.hasPrefix("fn-") || base.hasPrefix("fnref-") || base == "fn" || base == "fnref" {
            base = "section-" + base
        }
        var candidate = base
        var counter = 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }
}
