import Foundation
import SitegenCore

/// What the CLI prints: results on standard output, diagnostics on standard error.
enum Terminal {
    static func print(diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.description) }
    }

    /// Writes a line to standard output at once (not buffered), for tools reading it as it runs.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func printSkipped(_ skipped: [SkippedItem]) {
        guard !skipped.isEmpty else { return }
        Swift.print("Skipped \(skipped.count) (use --drafts / --future to include):")
        for item in skipped { Swift.print("  \(item.source) (\(item.reason.rawValue))") }
    }

    static func summary(_ report: BuildReport) -> String {
        "Built \(plural(report.postCount, "post")), \(plural(report.tagCount, "tag")), "
            + "\(plural(report.pageCount, "page")) in \(String(format: "%.2f", report.seconds)) s"
            + (report.writtenCount < report.fileCount
                ? " (\(report.writtenCount) of \(plural(report.fileCount, "file")) changed)" : "")
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
