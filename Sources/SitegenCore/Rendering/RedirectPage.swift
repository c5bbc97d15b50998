import SitegenText

/// The page written at an alias: it sends browsers on at once, tells search engines where the
/// page now is and not to index the old address, and shows a link for anything else.
enum RedirectPage {
    static func html(to target: String, language: String) -> String {
        let url = MarkupEscaping.escape(target)
        return """
            <!DOCTYPE html>
            <html lang="\(MarkupEscaping.escape(language))">
            <head>
            <meta charset="utf-8">
            <title>Moved to \(url)</title>
            <meta http-equiv="refresh" content="0; url=\(url)">
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(url)">
            </head>
            <body>
            <p>This page has moved to <a href="\(url)">\(url)</a>.</p>
            </body>
            </html>

            """
    }
}
