/// Everything sitegen keeps of a Markdown document once cmark's tree is freed.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The document as HTML.
    public var html: String
    /// Every heading in document order, each with its unique id.
    public var headings: [Heading]
    /// The first top-level paragraph as plain text, or an empty string.
    public var firstParagraph: String
    /// The top-level paragraphs before a `<!--more-->` line (the summary separator of Hugo and
    /// many Jekyll sites) as plain text, or nil when there is no separator.
    public var excerpt: String?
    /// Raw HTML in the source, which safe mode (`markdown.unsafe` off) leaves out of `html`.
    public var rawHTML: [SourceSpot] = []
    /// Template calls left in the text (Liquid `{% %}` / `{{ }}`, Hugo `{{< >}}` / `{{% %}}`).
    public var templateCalls: [SourceSpot] = []
    /// The number of words in the document's text (code blocks excluded).
    public var wordCount: Int
    /// Whether the document defines footnotes.
    public var hasFootnotes: Bool
    /// The prose of the document, one entry per paragraph, heading, list item paragraph or table
    /// cell, as plain text without code or bare URLs: what a term index searches.
    public var textBlocks: [TextBlock] = []

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

/// A piece of the source and where it starts (1-based line and column of the Markdown text).
public struct SourceSpot: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var text: String

    public init(line: Int, column: Int, text: String) {
        self.line = line
        self.column = column
        self.text = text
    }
}

/// A piece of a document's prose with the section it belongs to.
public struct TextBlock: Sendable, Hashable {
    /// Plain text: inline code and autolinked URLs left out, line breaks as spaces.
    public var text: String
    /// The id of the nearest heading at or before this block, or nil before the first heading.
    public var headingID: String?

    public init(text: String, headingID: String?) {
        self.text = text
        self.headingID = headingID
    }
}
