/// Turns a raw HTTP request target into a path inside the preview, or says why it cannot be one.
///
/// Only the site's own outputs are ever served (the lookup happens in the prepared plan, never on
/// the file system), so this is a first line that rejects anything that looks like an escape:
/// `..` in any encoding, encoded slashes and backslashes, NUL bytes and absolute-form targets.
enum RequestPath: Equatable {
    /// A clean site path without leading slash (`posts/pact/`), and the query to keep on redirects.
    case path(String, query: String?)
    /// The target is malformed or an attempt to escape: answer 400.
    case rejected(String)

    static func parse(_ target: String) -> RequestPath {
        guard target.hasPrefix("/") else { return .rejected("request target must start with '/'") }
        var rawPath = Substring(target)
        var query: String?
        if let mark = rawPath.firstIndex(of: "?") {
            query = String(rawPath[rawPath.index(after: mark)...])
            rawPath = rawPath[..<mark]
        }
        if let hash = rawPath.firstIndex(of: "#") { rawPath = rawPath[..<hash] }
        let lowered = rawPath.lowercased()
        for forbidden in ["%2f", "%5c", "%00", "\\", "\0"] where lowered.contains(forbidden) {
            return .rejected("forbidden sequence in path")
        }
        guard let decoded = percentDecode(rawPath) else { return .rejected("malformed percent-encoding") }
        if decoded.contains("\0") || decoded.contains("\\") { return .rejected("forbidden character in path") }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == ".." || segment == "." { return .rejected("dot segments are not allowed") }
            segments.append(segment)
        }
        var path = segments.joined(separator: "/")
        if decoded.hasSuffix("/") && !path.isEmpty { path += "/" }
        return .path(path, query: query)
    }

    /// Decodes `%XX` escapes; nil for a malformed escape or bytes that are not UTF-8.
    static func percentDecode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
