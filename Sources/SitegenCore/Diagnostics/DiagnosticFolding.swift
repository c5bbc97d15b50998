import Foundation
import SitegenText

/// Turns diagnostics into the lines a person reads: a warning or note that many files share is
/// folded into one line with the count and the first three places; errors are always listed one
/// by one. Colour, when asked for, marks errors red, warnings yellow and paths bold.
public struct DiagnosticFolding: Sendable {
    /// More places than this for one warning fold into one line.
    public static let foldAbove = 3

    public var verbose = false
    public var quiet = false
    public var color = false
    /// Where diagnostics' paths (relative to the site folder) are shown from: paths are printed
    /// relative to the folder the command runs in, so an editor or terminal there can open them.
    public var paths: PathDisplay?

    public init(verbose: Bool = false, quiet: Bool = false, color: Bool = false) {
        self.verbose = verbose
        self.quiet = quiet
        self.color = color
    }

    public func lines(_ diagnostics: [Diagnostic]) -> [String] {
        let shown = quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
        guard !verbose else { return shown.map(line) }
        var groups: [String: [Diagnostic]] = [:]
        for diagnostic in shown where diagnostic.severity != .error {
            groups[Self.key(diagnostic), default: []].append(diagnostic)
        }
        var lines: [String] = []
        var folded: Set<String> = []
        for diagnostic in shown {
            let key = Self.key(diagnostic)
            guard diagnostic.severity != .error, let group = groups[key], group.count > Self.foldAbove else {
                lines.append(line(diagnostic))
                continue
            }
            if folded.insert(key).inserted { lines.append(foldedLine(group)) }
        }
        return lines
    }

    /// Warnings with the same words are the same warning, wherever they are.
    private static func key(_ diagnostic: Diagnostic) -> String {
        diagnostic.severity.rawValue + ":" + diagnostic.message
    }

    /// One diagnostic as `file:line:col: severity: message`, each note on an indented line below.
    public func line(_ diagnostic: Diagnostic) -> String {
        var text = location(diagnostic).map { bold($0) + ": " } ?? ""
        text += severity(diagnostic.severity) + ": " + TerminalText.escaped(diagnostic.message)
        for note in diagnostic.notes { text += "\n    " + severity(.note) + ": " + TerminalText.escaped(note) }
        return text
    }

    private func foldedLine(_ group: [Diagnostic]) -> String {
        let places = group.prefix(Self.foldAbove).compactMap(location).map(bold)
        return severity(group[0].severity) + ": " + TerminalText.escaped(group[0].message) + " ("
            + Self.count(group.count) + " files: "
            + places.joined(separator: ", ") + ", ...; --verbose lists all)"
    }

    private func location(_ diagnostic: Diagnostic) -> String? {
        guard let file = diagnostic.file else { return nil }
        return [diagnostic.line, diagnostic.line == nil ? nil : diagnostic.column].compactMap { $0 }
            .reduce(TerminalText.escaped(paths?.show(file) ?? file)) { $0 + ":\($1)" }
    }

    private func severity(_ severity: Diagnostic.Severity) -> String {
        guard color else { return severity.rawValue }
        let code =
            switch severity {
            case .error: "31"
            case .warning: "33"
            case .note: "36"
            }
        return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String {
        color ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// `1,426`: thousands grouped with commas, as the build summary writes counts.
    public static func count(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (number < 0 ? "-" : "") + grouped
    }
}

/// Shows a path relative to the site folder (or absolute) as a path from the current folder:
/// `content/posts/x.md` is `posts/x.md` from `content/`, `../../sitegen.yaml` from
/// `content/posts/`, `blog/content/posts/x.md` from the folder above the site.
public struct PathDisplay: Sendable, Equatable {
    public var siteRoot: String
    public var current: String

    public init(siteRoot: URL, current: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.siteRoot = OutputDirectory.resolved(siteRoot)
        self.current = OutputDirectory.resolved(current)
    }

    public func show(_ file: String) -> String {
        guard siteRoot != current || file.hasPrefix("/") else { return file }
        let absolute = file.hasPrefix("/") ? file : siteRoot + (siteRoot == "/" ? "" : "/") + file
        let target = absolute.split(separator: "/")
        let from = current.split(separator: "/")
        var common = 0
        while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
        // Nothing in common but the root: the absolute path says it best.
        guard common > 0 else { return absolute }
        let steps = Array(repeating: "..", count: from.count - common) + target[common...].map(String.init)
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }
}
