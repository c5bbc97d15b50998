import SitegenMarkdown
import SitegenText

/// What the preview adds to HTML responses (never to the built files): a script that reloads the
/// page after a rebuild, listening for Server-Sent Events on the same port, and an overlay with the
/// diagnostics while the last rebuild failed.
enum LiveReload {
    static let eventsPath = "_sitegen/events"

    static let script = """
        <script>/* sitegen preview: live reload */(function () {
          var source = new EventSource("/\(eventsPath)");
          source.addEventListener("reload", function () { location.reload(); });
        })();</script>
        """

    /// `html` with the reload script (and the error overlay, if any) before `</body>`.
    static func inject(into html: String, diagnostics: [String]?) -> String {
        var addition = script
        if let diagnostics { addition += overlay(diagnostics) }
        if let range = html.range(of: "</body>", options: .backwards) {
            var result = html
            result.insert(contentsOf: addition, at: range.lowerBound)
            return result
        }
        return html + addition
    }

    static func overlay(_ diagnostics: [String]) -> String {
        let items = diagnostics.map { "<li>\(MarkupEscaping.escape($0))</li>" }.joined()
        return """
            <div id="sitegen-error" role="alert" style="position:fixed;inset:auto 0 0 0;max-height:60vh;\
            overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffe9e9;\
            font:14px/1.5 ui-monospace,monospace;border-top:4px solid #e5484d">\
            <strong>sitegen: the last rebuild failed; showing the last good version.</strong>\
            <ul style="margin:.5rem 0 0;padding-left:1.25rem;white-space:pre-wrap">\(items)</ul></div>
            """
    }

    /// A whole page for when no build has succeeded yet.
    static func errorPage(_ diagnostics: [String]) -> String {
        inject(
            into: """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head>\
                <body><h1 style="font-family:sans-serif">The site does not build yet</h1></body></html>
                """, diagnostics: diagnostics)
    }
}
