import Mustache
import SitegenText

/// How `{{value}}` is escaped in every template sitegen compiles: the same five characters as
/// swift-mustache's own HTML escaping, but over UTF-8 bytes with `MarkupEscaping`, and a value
/// with nothing to escape is returned as it is. swift-mustache's escaper walks each value
/// `Character` by `Character` with a dictionary lookup for each: about an eighth of a full
/// build's CPU time (perf, 10,000 posts).
///
/// swift-mustache offers no setting for the default escaping, only a `CONTENT_TYPE` pragma per
/// template (and a partial starts again from HTML), so the theme loader puts `pragma` before
/// the text of every template: a tag on a line of its own, which Mustache removes from the
/// output, and which moves every parser error one line down (`sourceLine` moves it back).
struct MarkupContentType: MustacheContentType {
    static let name = "SITEGEN_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type with swift-mustache, once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(MarkupContentType(), named: name)

    /// The line of the template's own text that a parser error on `line` of the compiled text is on.
    static func sourceLine(_ line: Int) -> Int { max(1, line - 1) }

    func escapeText(_ text: String) -> String {
        MarkupEscaping.escape(text)
    }
}
