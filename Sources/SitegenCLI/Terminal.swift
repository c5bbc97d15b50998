import Foundation
import SitegenCore
import SitegenText

/// What the CLI prints: results on standard output, diagnostics on standard error.
enum Terminal {
    static func print(diagnostics: [Diagnostic], style: DiagnosticFolding = DiagnosticFolding()) {
        for line in style.lines(diagnostics) { error(line) }
    }

    /// Writes a line to standard output at once (not buffered), for tools reading it as it runs.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((text + (newline ? "\n" : "")).utf8))
    }

    static func isTerminal(_ handle: FileHandle) -> Bool {
        isatty(handle.fileDescriptor) == 1
    }

    /// After two seconds, redraws one progress line on standard error five times a second until
    /// cancelled, then clears it. Only for a terminal: logs and pipes never see it.
    static func showProgress(_ progress: BuildProgress) -> Task<Void, Never> {
        Task {
            guard (try? await Task.sleep(for: .seconds(2))) != nil else { return }
            while !Task.isCancelled {
                error("\r\u{1B}[K" + progress.line, newline: false)
                try? await Task.sleep(for: .milliseconds(200))
            }
            error("\r\u{1B}[K", newline: false)
        }
    }

    static func printSkipped(_ skipped: [SkippedItem]) {
        guard !skipped.isEmpty else { return }
        Swift.print("Skipped \(skipped.count) (use --drafts / --future / --expired to include):")
        for item in skipped { Swift.print("  \(TerminalText.escaped(item.source)) (\(item.reason.rawValue))") }
    }

    /// `Built 509 posts, 612 tags, 1,426 pages in 0.90 s, 232 warnings`, and a second line when
    /// raw HTML was left out of posts.
    static func summary(_ report: BuildReport) -> [String] {
        let warnings = report.diagnostics.count { $0.severity == .warning }
        var line =
            "Built \(plural(report.postCount, "post")), \(plural(report.tagCount, "tag")), "
            + "\(plural(report.pageCount, "page")) in \(String(format: "%.2f", report.seconds)) s"
        if report.writtenCount < report.fileCount {
            line += " (\(DiagnosticFolding.count(report.writtenCount)) of \(plural(report.fileCount, "file")) changed)"
        }
        if warnings > 0 { line += ", " + plural(warnings, "warning") }
        let lostHTML = Diagnostic.filesWithRawHTMLLeftOut(report.diagnostics)
        guard lostHTML > 0 else { return [line] }
        return [
            line,
            "Raw HTML was left out of \(plural(lostHTML, "file")); set 'markdown: {unsafe: true}' in sitegen.yaml "
                + "to keep it (only for content you trust)",
        ]
    }

    /// `1,426 pages`, `1 page`.
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(DiagnosticFolding.count(count)) \(noun)\(count == 1 ? "" : "s")"
    }
}
