extension Diagnostic {
    /// Every kind of problem sitegen reports. Code decides by kind, never by message text; the
    /// message, its severity and its notes are made here and, per stage, in the groups of the
    /// `DiagnosticKind+*.swift` files.
    public enum Kind: Sendable, Equatable, Hashable {
        /// A value of the wrong type in `sitegen.yaml` or front matter:
        /// `'draft' must be true or false, found "maybe"`.
        case wrongType(key: String, expected: ValueType, found: String)
        /// YAML that cannot be parsed, with the problem in the parser's words.
        case invalidYAML(String)
        /// TOML front matter (`+++`) that cannot be parsed, in the parser's words.
        case invalidTOML(String)
        /// JSON front matter (`{` ... `}`) that cannot be parsed.
        case invalidJSON(String)
        /// A text file (content, config, vocabulary, template) with bytes that are not UTF-8,
        /// located at the first of them.
        case notUTF8(byte: String)
        /// YAML whose aliases expand to more values than the limit.
        case yamlTooLarge(Int)
        /// A YAML mapping that gives the same keys more than once.
        case repeatedKeys([String])
        /// An error thrown outside sitegen's own checks, in its own words.
        case unexpected(String)
        /// A problem in `sitegen.yaml` or with `--base-url`.
        case config(ConfigProblem)
        /// A problem in the topics vocabulary.
        case topics(TopicProblem)
        /// A problem in the theme's templates.
        case theme(ThemeProblem)
        /// A problem in the front matter of a content file.
        case frontMatter(FrontMatterProblem)
        /// A content file that cannot be read or lacks what it needs.
        case content(ContentProblem)
        /// A problem found while assembling the site: tags, series, authors, summaries.
        case site(SiteProblem)
        /// A path on the site that cannot be used, or that two outputs share.
        case route(RouteProblem)
        /// A problem writing the output.
        case output(OutputProblem)
        /// A warning of the previous build, repeated by a build that found nothing changed (the
        /// build cache keeps the words, not the kind).
        case repeated(severity: Severity, message: String, notes: [String])

        public var severity: Severity {
            switch self {
            case .content(let problem): problem.severity
            case .frontMatter(let problem): problem.severity
            case .site(let problem): problem.severity
            case .route(let problem): problem.severity
            case .output(let problem): problem.severity
            case .repeated(let severity, _, _): severity
            default: .error
            }
        }

        public var message: String {
            switch self {
            case .wrongType(let key, let expected, let found):
                "'\(key)' must be \(expected.description), found \(found)"
            case .invalidYAML(let problem): "invalid YAML: \(problem)"
            case .invalidTOML(let problem): "invalid TOML: \(problem)"
            case .invalidJSON(let problem): "invalid JSON: \(problem)"
            case .notUTF8(let byte):
                "the file is not valid UTF-8 (\(byte) here); save it as UTF-8"
            case .yamlTooLarge(let limit):
                "the YAML here expands to more than \(DiagnosticFolding.count(limit)) values through its aliases "
                    + "(*name); write the values out instead"
            case .repeatedKeys(let keys): "key '\(keys.joined(separator: "', '"))' appears more than once"
            case .unexpected(let text): text
            case .config(let problem): problem.message
            case .topics(let problem): problem.message
            case .theme(let problem): problem.message
            case .frontMatter(let problem): problem.message
            case .content(let problem): problem.message
            case .site(let problem): problem.message
            case .route(let problem): problem.message
            case .output(let problem): problem.message
            case .repeated(_, let message, _): message
            }
        }

        public var notes: [String] {
            switch self {
            case .site(let problem): problem.notes
            case .route(let problem): problem.notes
            case .output(let problem): problem.notes
            case .content(let problem): problem.notes
            case .repeated(_, _, let notes): notes
            default: []
            }
        }
    }

    /// What a value should have been, as `Kind.wrongType` words it.
    public enum ValueType: Sendable, Equatable, Hashable, CustomStringConvertible {
        case text
        case boolean
        /// A whole number of at least 1.
        case positiveInteger
        /// A list, or one comma-separated string.
        case list

        public var description: String {
            switch self {
            case .text: "text"
            case .boolean: "true or false"
            case .positiveInteger: "a whole number of at least 1"
            case .list: "a list or one comma-separated string"
            }
        }
    }
}
