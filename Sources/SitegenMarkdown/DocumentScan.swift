import CCmarkGFM

/// One pass over a parsed document collecting what the renderer needs before it edits the tree.
struct DocumentScan {
    var headings: [OpaquePointer] = []
    var firstParagraph = ""
    var wordCount = 0
    var hasFootnotes = false

    init(document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var foundParagraph = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                headings.append(node)
            } else if type == CMARK_NODE_PARAGRAPH, !foundParagraph,
                cmark_node_parent(node) == document
            {
                foundParagraph = true
                firstParagraph = CmarkText.plain(of: node)
            } else if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                wordCount += Self.countWords(CmarkText.literal(node))
            } else if type == CMARK_NODE_FOOTNOTE_DEFINITION {
                hasFootnotes = true
            }
        }
    }

    static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
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
        return count
    }
}
