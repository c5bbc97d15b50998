import CCmarkGFM

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One pass over a parsed document collecting what the renderer needs before it edits the tree.
struct DocumentScan {
    var headings: [OpaquePointer] = []
    var firstParagraph = ""
    var wordCount = 0
    var hasFootnotes = false
    /// The top-level paragraphs before a `<!--more-->` line, when the document has one.
    var excerpt: String?
    /// Raw HTML (blocks and inline tags, comments aside) the renderer leaves out in safe mode.
    var rawHTML: [SourceSpot] = []
    /// Text that looks like a Liquid tag (`{% include %}`, `{{ site.x }}`) or a Hugo shortcode
    /// (`{{< figure >}}`): a template call left in the Markdown, which is published as text.
    var templateCalls: [SourceSpot] = []
    /// Prose blocks with the index (into `headings`) of the heading they fall under.
    var blocks: [(text: String, heading: Int?)] = []

    /// Scans `document`; without `collectsProse`, `blocks` stays empty.
    init(document: OpaquePointer, collectsProse: Bool = true) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var foundParagraph = false
        var topParagraphs: [OpaquePointer] = []
        var words = WordCounter()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            // A word may run across inline nodes (`*this*,`) but never across blocks or line breaks.
            if Self.isBlock(type) || type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                words.endWord()
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            if type == CMARK_NODE_HEADING {
                headings.append(node)
                if collectsProse { blocks.append((CmarkText.prose(of: node), headings.count - 1)) }
            } else if type == CMARK_NODE_PARAGRAPH || Self.isTableCell(node) {
                if collectsProse {
                    let text = CmarkText.prose(of: node)
                    if !text.isEmpty { blocks.append((text, headings.isEmpty ? nil : headings.count - 1)) }
                }
                if type == CMARK_NODE_PARAGRAPH, cmark_node_parent(node) == document {
                    if !foundParagraph { firstParagraph = CmarkText.plain(of: node) }
                    foundParagraph = true
                    if excerpt == nil { topParagraphs.append(node) }
                }
            } else if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                let literal = CmarkText.literal(node)
                words.add(literal)
                if type == CMARK_NODE_TEXT, Self.mayHoldTemplateCall(literal) {
                    templateCalls.append(SourceSpot(node: node, text: literal))
                }
            } else if type == CMARK_NODE_HTML_BLOCK, excerpt == nil, cmark_node_parent(node) == document,
                Self.isMoreSeparator(CmarkText.literal(node))
            {
                excerpt = topParagraphs.map { CmarkText.plain(of: $0) }.joined(separator: " ")
            } else if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK,
                !Self.isComment(CmarkText.literal(node))
            {
                rawHTML.append(SourceSpot(node: node, text: CmarkText.literal(node)))
            } else if type == CMARK_NODE_FOOTNOTE_DEFINITION {
                hasFootnotes = true
            }
        }
        wordCount = words.count
    }

    /// Whether an HTML node is only a comment (`<!-- ... -->`): nothing a reader would see.
    static func isComment(_ html: String) -> Bool {
        var trimmed = Substring(html)
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return false }
        // One comment, not `<!-- a --> <b>x</b> <!-- c -->`.
        let inside = Array(trimmed.utf8.dropFirst(4).dropLast(3))
        return !inside.indices.contains { inside[$0...].starts(with: "-->".utf8) }
    }

    static func mayHoldTemplateCall(_ text: String) -> Bool {
        text.contains("{{") || text.contains("{%")
    }

    /// `<!--more-->`, also with spaces inside (`<!-- more -->`).
    static func isMoreSeparator(_ html: String) -> Bool {
        let compact = html.lowercased().filter { !$0.isWhitespace }
        return compact == "<!--more-->"
    }

    static func isTableCell(_ node: OpaquePointer) -> Bool {
        guard let name = cmark_node_get_type_string(node) else { return false }
        return strcmp(name, "table_cell") == 0
    }

    static func isBlock(_ type: cmark_node_type) -> Bool {
        (type.rawValue & 0xC000) == 0x8000
    }
}

/// Counts whitespace-separated words in text fed piece by piece.
struct WordCounter {
    private(set) var count = 0
    private var inWord = false

    mutating func endWord() {
        inWord = false
    }

    mutating func add(_ text: String) {
        var text = text
        // Most prose is ASCII: count over its bytes, and decode scalars only for other text.
        let counted = text.withUTF8 { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            for byte in bytes {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return true
        }
        if counted { return }
        for scalar in text.unicodeScalars {
            let isSpace =
                scalar.isASCII
                ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                : scalar.properties.isWhitespace
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
    }
}

extension SourceSpot {
    /// The spot of a node: its own start when cmark records one (inline nodes may have none), else
    /// the start of the nearest block around it.
    init(node: OpaquePointer, text: String) {
        var current: OpaquePointer? = node
        while let candidate = current, cmark_node_get_start_line(candidate) == 0 {
            current = cmark_node_parent(candidate)
        }
        let line = current.map { Int(cmark_node_get_start_line($0)) } ?? 1
        let column = current.map { Int(cmark_node_get_start_column($0)) } ?? 1
        self.init(line: max(line, 1), column: max(column, 1), text: text)
    }
}
