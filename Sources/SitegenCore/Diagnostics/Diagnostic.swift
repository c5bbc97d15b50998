import Foundation
import SitegenText

/// A problem found while building, printed compiler-style so editors can jump to it:
/// `content/posts/pact.md:3:7: error: 'date' must be a date like 2024-06-19, found "June 19th"`.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Hashable, Comparable {
        case error
        case warning
        case note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    /// What the problem is; the severity, message and notes are made from it.
    public var kind: Kind
    /// The file, relative to the site root (`content/posts/x.md`); nil for problems of the whole build.
    public var file: String?
    /// 1-based line, or nil when the problem is about the whole file.
    public var line: Int?
    /// 1-based column, or nil.
    public var column: Int?

    public var severity: Severity { kind.severity }
    public var message: String { kind.message }
    /// Further locations or hints, each printed on its own line after the diagnostic.
    public var notes: [String] { kind.notes }

    public init(_ kind: Kind, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col: severity: message`, omitting the parts that are unknown, then the notes.
    public var description: String { DiagnosticFolding().line(self) }

    /// How many files had raw HTML left out, for the build's summary (counted by message, so
    /// warnings repeated from the cache count too).
    public static func filesWithRawHTMLLeftOut(_ diagnostics: [Diagnostic]) -> Int {
        let message = Kind.content(.rawHTMLOmitted("", others: 0)).message
        return Set(diagnostics.lazy.filter { $0.message == message }.compactMap(\.file)).count
    }

    /// Orders diagnostics by file, then line and column, so output is the same on every run.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            let left = (lhs.file ?? "", lhs.line ?? 0, lhs.column ?? 0)
            let right = (rhs.file ?? "", rhs.line ?? 0, rhs.column ?? 0)
            if left != right { return left < right }
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            return lhs.message < rhs.message
        }
    }
}

/// Thrown when a stage found errors; carries every diagnostic found so far (warnings included).
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = Diagnostic.sorted(diagnostics)
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Diagnostic {
    /// The text of a file sitegen reads, or the located error for its first byte that is not UTF-8.
    static func decoding(_ data: Data, file: String) -> Result<String, Diagnostic> {
        UTF8Text.decode(data).mapError {
            Diagnostic(.notUTF8(byte: $0.byteDescription), file: file, line: $0.line, column: $0.column)
        }
    }
}
