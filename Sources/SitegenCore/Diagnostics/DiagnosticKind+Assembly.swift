extension Diagnostic {
    /// A problem found while assembling the site from its documents.
    public enum SiteProblem: Sendable, Equatable, Hashable {
        /// A published post with neither `description` nor `takeaways`.
        case missingSummary
        /// A tag outside the topics vocabulary while `strictTopics` is on.
        case tagNotInVocabulary(String)
        /// A tag without letters or digits; it is ignored.
        case emptyTag(String)
        /// A tag spelled `spelling` where `count` posts spell it `name`; `canonical` is where `name`
        /// is written (`content/posts/x.md:3`).
        case mixedTagSpellings(spelling: String, name: String, count: Int, slug: String, canonical: String)
        /// Two posts claiming one part of a series; `other` is the post that claimed it first.
        case seriesPartTaken(part: Int, series: String, other: String)
        /// Two author profiles for one name; `other` is the profile read first.
        case duplicateProfile(name: String, other: String)

        public var severity: Severity {
            switch self {
            case .missingSummary, .emptyTag, .mixedTagSpellings: .warning
            default: .error
            }
        }

        public var message: String {
            switch self {
            case .missingSummary:
                "no 'description' or 'takeaways': the first paragraph stands in as the summary"
            case .tagNotInVocabulary(let tag):
                "tag '\(tag)' is not in the topics vocabulary; add it (or an alias) to the topics, or fix the tag"
            case .emptyTag(let tag):
                "tag '\(tag)' has no letters or digits and is ignored"
            case .mixedTagSpellings(let spelling, let name, let count, let slug, _):
                "tag '\(spelling)' is also spelled '\(name)' (\(count) \(count == 1 ? "use" : "uses")); both are the tag '\(slug)', shown as '\(name)'"
            case .seriesPartTaken(let part, let series, _):
                "part \(part) of the series '\(series)' is claimed by two posts"
            case .duplicateProfile(let name, _):
                "two author profiles for '\(name)'"
            }
        }

        public var notes: [String] {
            switch self {
            case .mixedTagSpellings(_, let name, _, _, let canonical): ["\(canonical): spelled '\(name)' here"]
            case .seriesPartTaken(let part, _, let other): ["\(other): also part \(part)"]
            case .duplicateProfile(_, let other): ["\(other): the other one"]
            default: []
            }
        }
    }

    /// A path on the site that cannot be used, or that two outputs would share.
    public enum RouteProblem: Sendable, Equatable, Hashable {
        /// A permalink pattern in `sitegen.yaml`, or a `url` with `:tokens`, that cannot be used.
        case invalidPermalink(key: String, pattern: String, problem: PathPattern.Problem)
        /// A `url`/`permalink` or alias that is not a usable path on the site.
        case invalidPath(key: String, written: String, problem: SitePath.Problem)
        /// Two published posts at one site path.
        case postsSharePath(path: String, sources: [String])
        /// An alias at the path of a page, a feed or a copied file.
        case aliasShadowsOutput(alias: String, output: String)
        /// Two aliases at one path.
        case aliasCollision(alias: String, other: String)
        /// Two outputs at one output file.
        case outputCollision(file: String, first: String, second: String)
        /// One output's file is the folder of another's (`feed.xml` and `feed.xml/index.html`).
        case fileIsFolder(path: String, file: String, folder: String)
        /// An alias `_redirects` would read as a pattern (`*`, `:name`): only its redirect page is written.
        case aliasNotARedirectRule(alias: String)

        public var severity: Diagnostic.Severity {
            if case .aliasNotARedirectRule = self { return .warning }
            return .error
        }

        public var message: String {
            switch self {
            case .invalidPermalink(let key, let pattern, let problem):
                "'\(key)' \(Self.describe(problem)), found \"\(pattern)\""
            case .invalidPath(let key, let written, let problem):
                "'\(key)' \(problem.message), found \"\(written)\""
            case .postsSharePath(let path, let sources):
                "\(sources.count) posts would be published at /\(path): \(sources.joined(separator: ", "))"
            case .aliasShadowsOutput(let alias, let output):
                "alias '/\(alias)' is the path of \(output); an alias may only name an old path that nothing else uses"
            case .aliasCollision(let alias, let other):
                "alias '/\(alias)' is also an alias of \(other)"
            case .outputCollision(let file, let first, let second):
                "two outputs would be written to '\(file)': \(first) and \(second)"
            case .fileIsFolder(let path, let file, let folder):
                "'\(path)' would be both a file (\(file)) and a folder (\(folder))"
            case .aliasNotARedirectRule(let alias):
                "alias '/\(alias)' has '*' or ':', which _redirects reads as a pattern; it gets a redirect page but no _redirects line"
            }
        }

        public var notes: [String] {
            switch self {
            case .postsSharePath(_, let sources):
                sources.dropFirst().map { "\($0): also published there" }
                    + [
                        "put a date in 'permalinks.posts' (/:year/:month/:day/:slug/), or set 'slug' or 'url' in one of them"
                    ]
            case .outputCollision, .fileIsFolder:
                ["rename one of them or set a different 'slug' or 'url'"]
            default:
                []
            }
        }

        private static func describe(_ problem: PathPattern.Problem) -> String {
            switch problem {
            case .unknownToken(let name, _, let allowed):
                "has the unknown token ':\(name)'; use "
                    + allowed.map { ":\($0.rawValue)" }.joined(separator: ", ")
            case .invalidPath(let problem):
                problem.message
            case .mustEnd(let allowsFile):
                allowsFile ? "must end with '/' or '.html'" : "must end with '/' (feeds and further pages go below it)"
            case .needsToken(let tokens):
                "cannot tell pages apart; it needs one of "
                    + tokens.map { ":\($0.rawValue)" }.joined(separator: ", ")
            }
        }
    }
}
