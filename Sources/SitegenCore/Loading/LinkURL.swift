import Foundation

/// The one allow-list for URLs that come from content and end up in an `href`: `http:`, `https:`
/// and `mailto:` links, and links relative to the site (`/about/`, `../notes/`, `#sources`).
/// Everything else (`javascript:`, `data:`, `vbscript:`, any other scheme, however it is spelled
/// or padded) is refused, because a browser would run or open it on the reader's side.
public enum LinkURL {
    public enum Problem: Error, Sendable, Hashable {
        /// A scheme outside the allow-list, lowercased as a browser reads it (`javascript`).
        case scheme(String)
        /// Empty, or with spaces or control characters inside, or an http(s) URL without a host.
        case notAURL
    }

    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// `text` without surrounding whitespace when it may be published as a link.
    static func check(_ text: String) -> Result<String, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters))
        // Browsers drop tabs and line breaks inside a URL, so `java\tscript:` is `javascript:`;
        // whatever it would become, a URL with a control character or space is not one.
        let unwrapped = trimmed.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }
        if let scheme = scheme(of: String(String.UnicodeScalarView(unwrapped))),
            !allowedSchemes.contains(scheme)
        {
            return .failure(.scheme(scheme))
        }
        guard !trimmed.isEmpty,
            !trimmed.unicodeScalars.contains(where: {
                CharacterSet.controlCharacters.contains($0) || CharacterSet.whitespacesAndNewlines.contains($0)
            }),
            let components = URLComponents(string: trimmed)
        else { return .failure(.notAURL) }
        switch components.scheme?.lowercased() {
        case "http", "https":
            guard let host = components.host, !host.isEmpty else { return .failure(.notAURL) }
        case "mailto":
            guard !components.path.isEmpty else { return .failure(.notAURL) }
        default:
            break
        }
        return .success(trimmed)
    }

    /// The scheme a browser would read from `text`, lowercased: letters, digits, `+`, `-` and `.`
    /// before the first `:`, when that comes before any `/`, `?` or `#`.
    private static func scheme(of text: String) -> String? {
        var scheme = ""
        for scalar in text.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isOther = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}
