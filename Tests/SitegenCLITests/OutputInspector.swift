import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a built site back: links, ids and XML, to check what a browser or feed reader would see.
struct OutputInspector {
    let root: URL
    /// The base URL's path (`/analysis/`).
    let rootPath: String

    var files: [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    func text(_ relative: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
    }

    /// Every `href="..."` and `src="..."` value in an HTML text, entities decoded.
    static func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\b(?:href|src)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map {
                String(html[$0]).replacingOccurrences(of: "&amp;", with: "&")
            }
        }
    }

    /// Every `id="..."` in an HTML text.
    static func ids(in html: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"\bid="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return Set(
            pattern.matches(in: html, range: range).compactMap { match in
                Range(match.range(at: 1), in: html).map { String(html[$0]) }
            })
    }

    /// Links of `page` that point into the site but resolve to no file (or no such `#id`).
    func brokenLinks(in page: String) -> [String] {
        let html = text(page)
        var broken: [String] = []
        for link in Self.links(in: html) {
            if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
            let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let pathPart = String(parts[0])
            let fragment = parts.count > 1 ? String(parts[1]) : nil
            let target: String
            if pathPart.isEmpty {
                target = page
            } else if pathPart.hasPrefix(rootPath) {
                var relative = String(pathPart.dropFirst(rootPath.count)).removingPercentEncoding ?? ""
                if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
                target = relative
            } else {
                broken.append("\(link) (not under \(rootPath))")
                continue
            }
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(target).path) else {
                broken.append(link)
                continue
            }
            if let fragment, !fragment.isEmpty, target.hasSuffix(".html"),
                !Self.ids(in: text(target)).contains(fragment)
            {
                broken.append("\(link) (no id '\(fragment)')")
            }
        }
        return broken
    }

    /// Parses an XML file; returns the parser error, or nil when it is well-formed.
    func xmlError(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else {
            return "missing"
        }
        let parser = XMLParser(data: data)
        return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "parse failed")
    }

    /// The site path of every canonical HTML page on disk: every `.html` file except the 404 page and
    /// redirect pages (`x/index.html` is `x/`), found without asking sitegen which pages it made.
    var canonicalPages: Set<String> {
        Set(
            files.filter { $0.hasSuffix(".html") && $0 != "404.html" }
                .filter { !text($0).contains("http-equiv=\"refresh\"") }
                .map { $0 == "index.html" ? "" : $0.hasSuffix("/index.html") ? String($0.dropLast(10)) : $0 })
    }

    /// The `<loc>` values of `sitemap.xml` as site paths (decoded, without `baseURL`).
    func sitemapPages(baseURL: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"<loc>([^<]*)</loc>"#)
        let xml = text("sitemap.xml")
        return Set(
            pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).compactMap { match in
                Range(match.range(at: 1), in: xml).map {
                    String(xml[$0].dropFirst(baseURL.count)).removingPercentEncoding ?? ""
                }
            })
    }

    /// The values of `<loc>`, `<id>` and `href="..."` in an XML text.
    static func xmlURLs(in xml: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<(?:loc|id)>([^<]*)</(?:loc|id)>|href="([^"]*)""#)
        let range = NSRange(xml.startIndex..., in: xml)
        return pattern.matches(in: xml, range: range).compactMap { match in
            for group in [1, 2] {
                if let range = Range(match.range(at: group), in: xml) { return String(xml[range]) }
            }
            return nil
        }
    }
}
