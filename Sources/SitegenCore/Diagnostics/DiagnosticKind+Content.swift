extension Diagnostic {
    /// A problem in the front matter of a content file.
    public enum FrontMatterProblem: Sendable, Equatable, Hashable {
        /// A `---` (or `+++`) on line 1 with no such line to close it.
        case unclosed(fence: String)
        /// Front matter that is YAML but not a mapping.
        case notMapping
        /// A key that is not plain text (a list or a mapping used as a key).
        case keyNotText
        /// Two keys for one field, such as `description` and `summary`: `key` sets what `first` set.
        case duplicateField(key: String, first: String)
        /// A `title` of only white space.
        case emptyTitle
        /// `date` was given but could not be read (the message about it is reported separately).
        case invalidDate(key: String, found: String)
        /// A `slug` that is not already a slug; `suggestion` is the slug made from it, if any.
        case invalidSlug(String, suggestion: String?)
        /// An entry of a list, such as `tags`, that is not text.
        case entryNotText(key: String, found: String)
        /// `links` given as something other than a list.
        case linksNotList
        /// A link without `title` or `url`.
        case incompleteLink
        /// A link `url` the allow-list refuses (a script scheme, or not a URL at all).
        case unsafeLink(String, LinkURL.Problem)
        /// A key other than `title` and `url` in an entry of `links`.
        case unknownLinkKey(String)
        /// `corrections` given as something other than a list.
        case correctionsNotList
        /// An entry of `corrections` that is not a mapping.
        case correctionNotMapping(found: String)
        /// A key in a correction other than `date` and `text`.
        case unknownCorrectionKey(String)
        /// A correction without the field `date` or `text`.
        case correctionMissing(field: String)
        /// A key sitegen does not know that looks like a typo of one it does (`tgas`); it is kept
        /// as a param all the same.
        case unknownKey(String, suggestion: String)

        public var severity: Severity {
            switch self {
            case .unknownKey, .unknownLinkKey: .warning
            default: .error
            }
        }

        public var message: String {
            switch self {
            case .unclosed(let fence):
                "front matter opened with '\(fence)' on line 1 is never closed by a '\(fence)' line"
            case .notMapping:
                "front matter must be a mapping of keys to values"
            case .keyNotText:
                "front matter keys must be plain text"
            case .duplicateField(let key, let first):
                "'\(key)' sets the same field as '\(first)' above; keep one of them"
            case .emptyTitle:
                "'title' must not be empty"
            case .invalidDate(let key, let found):
                "'\(key)' must be a date like 2024-06-19 or 2024-06-19T10:30:00+09:00, found \(found)"
            case .invalidSlug(let text, let suggestion):
                "'slug' may hold only lower-case letters, digits and '-', found \"\(text)\""
                    + (suggestion.map { "; try '\($0)'" } ?? "")
            case .entryNotText(let key, let found):
                "each entry of '\(key)' must be text, found \(found)"
            case .linksNotList:
                "'links' must be a list of entries with 'title' and 'url'"
            case .incompleteLink:
                "each link needs 'title' and 'url'"
            case .unsafeLink(let url, .scheme(let scheme)):
                "link '\(url)' uses the '\(scheme):' scheme; only http, https and mailto links, or links "
                    + "relative to the site, are published"
            case .unsafeLink(let url, .notAURL):
                "link '\(url)' is not a URL; write it like https://example.org/, mailto:name@example.org or /about/"
            case .unknownLinkKey(let key):
                "unknown key '\(key)' in a link; a link has 'title' and 'url'"
            case .correctionsNotList:
                "'corrections' must be a list of entries with 'date' and 'text'"
            case .correctionNotMapping(let found):
                "each correction needs 'date' and 'text', found \(found)"
            case .unknownCorrectionKey(let key):
                "unknown key '\(key)' in a correction; use 'date' and 'text'"
            case .correctionMissing(let field):
                "a correction needs a '\(field)'"
            case .unknownKey(let key, let suggestion):
                "unknown key '\(key)' (did you mean '\(suggestion)'?); it is kept as 'params.\(key)'"
            }
        }
    }

    /// A content file that cannot be read, or that lacks what its kind of document needs.
    public enum ContentProblem: Sendable, Equatable, Hashable {
        /// The file cannot be read.
        case unreadable
        /// A symbolic link under `content/` that leads outside it; it is skipped.
        case linkOutsideContent
        /// A front-matter key every document of its kind needs, such as `title`.
        case requiredKey(String)
        /// A post with no `date` and no date at the start of its file name.
        case missingDate
        /// A post whose file name gives no slug and that sets none.
        case noSlug
        /// An author profile without `name` (or `title`).
        case profileWithoutName
        /// An author profile whose file name is not the slug of its name.
        case profileFileName(stem: String, name: String, slug: String)
        /// Raw HTML that safe mode leaves out: the first piece, and how many more the file has.
        case rawHTMLOmitted(String, others: Int)
        /// A Liquid tag or Hugo shortcode left in the text, published as written.
        case templateCall(String, others: Int)
        /// A front-matter key an author profile does not use (it has name, role and links).
        case unusedProfileKey(String)
        /// `seriesPart` in a post that names no `series`.
        case seriesPartWithoutSeries
        /// Jekyll `{% raw %}` / `{% endraw %}` markers taken out (what is between them is kept).
        case rawMarkersRemoved(blocks: Int)

        public var severity: Severity {
            switch self {
            case .linkOutsideContent, .profileFileName, .rawHTMLOmitted, .templateCall, .unusedProfileKey,
                .seriesPartWithoutSeries:
                .warning
            case .rawMarkersRemoved: .note
            default: .error
            }
        }

        public var message: String {
            switch self {
            case .unreadable:
                "cannot read the file"
            case .linkOutsideContent:
                "symbolic link leads outside content/; sitegen does not read or publish it"
            case .unusedProfileKey(let key):
                "an author profile does not use '\(key)' (it shows name, role, links and the text below); "
                    + "it is left out"
            case .seriesPartWithoutSeries:
                "'seriesPart' has no 'series' to be a part of; add 'series' or remove 'seriesPart'"
            case .requiredKey(let key):
                "'\(key)' is required"
            case .missingDate:
                "'date' is required (or a file name that starts with one, like 2024-06-19-name.md)"
            case .noSlug:
                "cannot make a URL slug from the file name; set 'slug'"
            case .profileWithoutName:
                "an author profile needs a 'name'"
            case .rawHTMLOmitted:
                "raw HTML left out because 'markdown.unsafe' is off; set 'markdown: {unsafe: true}' in sitegen.yaml"
                    + " to keep it"
            case .templateCall(let call, _):
                (Self.isShortcode(call) ? "Hugo shortcode" : "Liquid template call")
                    + " published as text: sitegen runs no template code in posts; replace it with Markdown"
            case .rawMarkersRemoved(let blocks):
                "Jekyll's {% raw %} markers were removed (\(blocks) \(blocks == 1 ? "block" : "blocks")); "
                    + "the text between them is shown as written"
            case .profileFileName(let stem, let name, let slug):
                "profile file name '\(stem)' does not match the name '\(name)': posts find authors by name,"
                    + " so name the file \(slug).md"
            }
        }

        /// The piece found first, and how many more the file has: the message is the same in every
        /// file, so the same warning on many files folds into one line.
        public var notes: [String] {
            switch self {
            case .rawHTMLOmitted(let piece, let others), .templateCall(let piece, let others):
                ["first: '\(piece)'" + (others > 0 ? " (and \(others) more in this file)" : "")]
            default: []
            }
        }

        private static func isShortcode(_ call: String) -> Bool {
            call.hasPrefix("{{<") || call.hasPrefix("{{%")
        }
    }
}
