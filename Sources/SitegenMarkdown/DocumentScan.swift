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
            } else if type == CMARK_NODE_PARAGRAPH, !foundParagraph, cmark_node_parent(node) == document {
                foundParagraph = true
                firstParagraph = CmarkText.plain(of: node)
            } else if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                words.add(CmarkText.literal(node))
            } else if type == CMARK_NODE_FOOTNOTE_DEFINITION {
                hasFootnotes = true
            }
        }
        wordCount = words.count
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
