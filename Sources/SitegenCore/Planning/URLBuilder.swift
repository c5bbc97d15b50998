import Foundation

/// The one place that turns site-relative paths (`posts/pact/`) into links.
///
/// Every internal link is root-relative and carries the base URL's sub-path, so a site published
/// under `https://example.org/analysis/` works; feeds and sitemaps get absolute URLs.
public struct URLBuilder: Sendable, Equatable {
    /// Absolute base URL ending with `/`.
    public let baseURL: String
    /// The base URL's path, starting and ending with `/` (`/analysis/`).
    public let rootPath: String
    private let origin: String

    public init(baseURL: String) {
        let normalized = SiteConfig.normalizedBaseURL(baseURL) ?? "http://localhost:8000/"
        let components = URLComponents(string: normalized)
        var path = components?.percentEncodedPath ?? "/"
        if path.isEmpty { path = "/" }
        if !path.hasSuffix("/") { path += "/" }
        rootPath = path
        var originParts = components
        originParts?.percentEncodedPath = ""
        origin = originParts?.string ?? "http://localhost:8000"
        self.baseURL = origin + path
    }

    /// `posts/pact/` -> `/analysis/posts/pact/`; non-ASCII letters are percent-encoded.
    public func path(_ sitePath: String) -> String {
        rootPath + Self.encode(sitePath)
    }

    /// `posts/pact/` -> `https://example.org/analysis/posts/pact/`.
    public func absolute(_ sitePath: String) -> String {
        origin + path(sitePath)
    }

    /// The output file for a site path: directories get `index.html`.
    public static func outputFile(for sitePath: String) -> String {
        sitePath.isEmpty || sitePath.hasSuffix("/") ? sitePath + "index.html" : sitePath
    }

    static func encode(_ sitePath: String) -> String {
        // Slugs are usually plain ASCII: skip Foundation's encoder when nothing needs escaping.
        let plain = sitePath.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
        }
        if plain { return sitePath }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%;?#")
        return sitePath.addingPercentEncoding(withAllowedCharacters: allowed) ?? sitePath
    }
}

/// Page arithmetic for paginated lists.
public struct Pagination: Sendable, Equatable {
    /// 1-based.
    public var current: Int
    public var total: Int
    /// The range of item indices on this page.
    public var range: Range<Int>

    /// Pages for `itemCount` items, `perPage` to a page; an empty list still has one (empty) page.
    public static func pages(itemCount: Int, perPage: Int) -> [Pagination] {
        let size = max(1, perPage)
        let total = max(1, (itemCount + size - 1) / size)
        return (1...total).map { number in
            let start = (number - 1) * size
            return Pagination(current: number, total: total, range: start..<min(itemCount, start + size))
        }
    }
}
