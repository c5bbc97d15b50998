extension Diagnostic {
    /// A problem in `sitegen.yaml` (or with `--base-url`, which stands in for its `baseURL`).
    public enum ConfigProblem: Sendable, Equatable, Hashable {
        /// The file is YAML but not a mapping.
        case notMapping
        /// A key sitegen does not know; `suggestion` is a known key spelled the same but for case.
        case unknownKey(String, file: String, suggestion: String? = nil)
        /// `index`, `permalinks` or `markdown` given as something other than a mapping.
        case sectionNotMapping(Section)
        /// `index.terms` given as something other than a list.
        case indexTermsNotList
        /// An unknown key under `permalinks:`.
        case unknownPermalinkKind(String)
        /// A `baseURL` that is not an absolute http(s) URL.
        case invalidBaseURL(String)
        /// A `--base-url` that is not an absolute http(s) URL.
        case invalidBaseURLOption(String)
        /// A `timeZone` that is not an IANA time zone.
        case invalidTimeZone(String)
        /// A `feeds.fullContent` that is not one of its choices.
        case invalidFeedContent(String)
        /// A `language` that is not a language tag (`en`, `en-GB`).
        case invalidLanguage(String)
        /// An empty `dateFormat`: every date would be printed as nothing.
        case emptyDateFormat
        /// An `output.keep` entry that is not a path inside the output folder.
        case invalidKeptPath(String)

        /// The config keys that hold a mapping of keys of their own.
        public enum Section: String, Sendable, Equatable, Hashable {
            case index
            case permalinks
            case markdown
            case feeds
            case output

            var example: String {
                switch self {
                case .index: "terms: [alliance, sanctions]"
                case .permalinks: "posts: /:year/:month/:slug/"
                case .markdown: "unsafe: true"
                case .feeds: "fullContent: site"
                case .output: "keep: [CNAME, .well-known/]"
                }
            }
        }

        public var message: String {
            switch self {
            case .notMapping:
                "the config must be a mapping of keys to values"
            case .unknownKey(let key, let file, let suggestion):
                "unknown key '\(key)' in \(file)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            case .sectionNotMapping(let section):
                "'\(section.rawValue)' must be a mapping such as '\(section.example)'"
            case .indexTermsNotList:
                "'index.terms' must be a list of terms"
            case .unknownPermalinkKind(let key):
                "unknown key 'permalinks.\(key)'; use "
                    + Permalinks.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            case .invalidBaseURL(let text):
                "'baseURL' must be an absolute http(s) URL like https://example.org/, found \"\(text)\""
            case .invalidBaseURLOption(let text):
                "--base-url must be an absolute http(s) URL, found \"\(text)\""
            case .invalidTimeZone(let text):
                "'timeZone' must be an IANA time zone like Europe/Berlin, found \"\(text)\""
            case .invalidFeedContent(let found):
                "'feeds.fullContent' must be "
                    + SiteConfig.FeedContent.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                    + ", found \(found)"
            case .invalidLanguage(let text):
                "'language' must be a language tag like en, en-GB or pt-BR, found \"\(text)\""
            case .emptyDateFormat:
                "'dateFormat' must not be empty; the default is 'MMMM d, yyyy'"
            case .invalidKeptPath(let text):
                "'output.keep' entries must be paths inside the output folder like CNAME or .well-known/, "
                    + "found \"\(text)\""
            }
        }
    }

    /// A problem in the topics vocabulary (`topics:` in `sitegen.yaml` or `content/_topics.yaml`).
    public enum TopicProblem: Sendable, Equatable, Hashable {
        /// The vocabulary is not a mapping of topic names.
        case notMapping
        /// A topic name without letters or digits.
        case unnamed
        /// A topic given something other than a mapping of its fields.
        case fieldsNotMapping(topic: String)
        /// A topic field other than `aliases`, `parent` and `description`.
        case unknownKey(String)
        /// `aliases` given as something other than a list or one name.
        case aliasesNotList
        /// Two topics with one name.
        case definedTwice(String)
        /// An alias that already names another topic, or is another topic's alias.
        case aliasTaken(alias: String, topic: String, other: String)
        /// A topic named as its own parent.
        case ownParent(String)
        /// A vocabulary in both `sitegen.yaml` and `content/_topics.yaml`.
        case definedInBothFiles
        /// A topic's `parent` or `description` given as a list or mapping.
        case notText(field: String, found: String)
        /// Topics whose parents lead back to the first: the names, the first repeated at the end.
        case parentCycle([String])

        public var message: String {
            switch self {
            case .notMapping:
                "topics must be a mapping of topic names to their aliases, parent and description"
            case .unnamed:
                "a topic needs a name with letters or digits"
            case .fieldsNotMapping(let topic):
                "topic '\(topic)' must map to aliases, parent and description"
            case .unknownKey(let key):
                "unknown key '\(key)' for a topic; use aliases, parent, description"
            case .aliasesNotList:
                "'aliases' must be a list of names"
            case .definedTwice(let topic):
                "topic '\(topic)' is defined twice"
            case .aliasTaken(let alias, let topic, let other):
                "alias '\(alias)' of '\(topic)' already names '\(other)'"
            case .ownParent(let topic):
                "topic '\(topic)' cannot be its own parent"
            case .definedInBothFiles:
                "topics are defined both in sitegen.yaml and in content/_topics.yaml; keep one"
            case .notText(let field, let found):
                "a topic's '\(field)' must be text, found \(found)"
            case .parentCycle(let names):
                "topic parents go round in a circle: \(names.joined(separator: " -> ")); one of them needs "
                    + "another parent, or none"
            }
        }
    }

    /// A problem in the theme's templates.
    public enum ThemeProblem: Sendable, Equatable, Hashable {
        /// A template that does not parse, with the parser's complaint.
        case syntax(String)
        /// A `{{> partial}}` or `{{< layout}}` naming a template that does not exist.
        case referenceNotFound(String, isLayout: Bool)
        /// A template file that cannot be read.
        case unreadable
        /// Partials or layouts that include each other without end: the chain, starting with the
        /// file of the first and ending where it started.
        case includesItself([String])

        public var message: String {
            switch self {
            case .syntax(let problem):
                "template syntax: \(problem)"
            case .referenceNotFound(let name, let isLayout):
                "\(isLayout ? "layout" : "partial") '\(name)' not found: expected \(ThemeLoader.directory)/\(name).mustache"
            case .unreadable:
                "cannot read the template"
            case .includesItself(let chain):
                "partials or layouts include each other without end: \(chain.joined(separator: " -> "))"
            }
        }
    }
}
