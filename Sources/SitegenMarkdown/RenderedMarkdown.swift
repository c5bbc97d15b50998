/// Everything sitegen keeps of a Markdown document once cmark's tree is freed.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The document as HTML.
    public var html: String
    /// Every heading in document order, each with its unique id.
    public var headings: [Heading]
    /// The first top-level paragraph as plain text, or an empty string.
    public var firstParagraph: String
    /// The number of words in the document's text (code blocks excluded).
    public var wordCount: Int
    /// Whether the document defines footnotes.
    public var hasFootnotes: Bool

    public init(
        html: String, headings: [Heading], firstParagraph: String, wordCount: Int,
        hasFootnotes: Bool
    ) {
        self.html = html
        self.headings = headings
        self.firstParagraph = firstParagraph
        self.wordCount = wordCount
        self.hasFootnotes = hasFootnotes
    }
}
