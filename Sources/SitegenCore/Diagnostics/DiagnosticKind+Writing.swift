extension Diagnostic {
    /// A problem writing the output: the folder it goes to, a page that cannot be rendered, or a
    /// new site that would overwrite files.
    public enum OutputProblem: Sendable, Equatable, Hashable {
        /// An output folder that is the site root or holds it (the diagnostic names the folder).
        case containsSources
        /// An output folder inside the site's `content/` or `templates/` folder.
        case insideSources(folder: String)
        /// An output path that is a file.
        case notAFolder
        /// An output folder with files in it that sitegen did not write.
        case notWrittenBySitegen
        /// An output folder that is a mount point, which the swap cannot replace.
        case mountPoint
        /// A file in the output folder that sitegen did not write and that is not kept: the new
        /// output leaves it out.
        case notWrittenBySitegenRemoved
        /// Another build of the site holds its lock (with its process id when known).
        case locked(process: Int32?)
        /// A file-system error while writing the output.
        case writeFailed(String)
        /// A planned page whose template is gone by the time it is rendered.
        case templateNotFound(template: String, file: String)
        /// A page whose partials or layouts nest deeper than `TemplateLibrary.maximumDepth` (a
        /// partial that includes itself without end).
        case templateTooDeep(template: String, file: String)
        /// A page that renders to nothing (or only whitespace) from a template that is not empty.
        case emptyPage(template: String, file: String)
        /// `sitegen init` would overwrite this file.
        case fileExists
        /// A build cache that cannot be trusted, and why: the build writes every file.
        case cacheIgnored(String)
        /// The build cache could not be saved: the next build writes every file.
        case cacheNotSaved(String)
        /// The stored parsed posts cannot be trusted: every post is parsed again.
        case parsedPostsIgnored
        /// The parsed posts could not be stored: the next build parses every post.
        case parsedPostsNotSaved(String)

        public var severity: Severity {
            switch self {
            case .cacheIgnored, .parsedPostsIgnored: .note
            case .cacheNotSaved, .parsedPostsNotSaved, .notWrittenBySitegenRemoved: .warning
            default: .error
            }
        }

        public var message: String {
            switch self {
            case .containsSources:
                "refusing to write the site here: it contains the site's sources"
            case .insideSources(let folder):
                "refusing to write the site here: it is inside the site's \(folder)/ folder"
            case .notAFolder:
                "refusing to write the site here: it is a file, not a folder"
            case .notWrittenBySitegen:
                "refusing to replace this folder: it is not empty and was not written by sitegen"
            case .mountPoint:
                "refusing to write the site here: it is a mount point, and a build replaces the output folder "
                    + "as a whole; write to a folder inside it (--output <mount point>/site) and publish that"
            case .notWrittenBySitegenRemoved:
                "sitegen did not write this, so the new output leaves it out; list it under 'output.keep' in "
                    + "sitegen.yaml to keep it"
            case .locked(let process):
                "another sitegen build\(process.map { " (process \($0))" } ?? "") is writing this site; "
                    + "nothing was changed: try again when it has finished"
            case .writeFailed(let problem):
                "cannot write the output: \(problem)"
            case .templateNotFound(let template, let file):
                "template '\(template)' not found while rendering '\(file)'"
            case .templateTooDeep(let template, let file):
                "cannot render '\(file)' with template '\(template)': its partials or layouts include each other "
                    + "more than \(TemplateLibrary.maximumDepth) levels deep"
            case .emptyPage(let template, let file):
                "template '\(template)' rendered '\(file)' as an empty page; the build stops rather than publish it"
            case .fileExists:
                "refusing to overwrite an existing file"
            case .cacheIgnored(let reason):
                "ignoring the build cache: \(reason); every file is written anew"
            case .cacheNotSaved(let problem):
                "cannot save the build cache (\(problem)); the next build writes every file anew"
            case .parsedPostsIgnored:
                "ignoring the stored parsed posts: the file is damaged or truncated; every post is parsed again"
            case .parsedPostsNotSaved(let problem):
                "cannot store the parsed posts (\(problem)); the next build parses every post again"
            }
        }

        public var notes: [String] {
            switch self {
            case .notWrittenBySitegen: ["choose another --output, or empty that folder yourself"]
            default: []
            }
        }
    }
}
