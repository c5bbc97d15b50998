/// Turns human text into URL path segments and HTML ids.
///
/// Unicode letters and digits are kept (lower-cased); every run of other characters becomes one `-`,
/// and dashes at either end are dropped: `U.S.-led sanctions` gives `u-s-led-sanctions`.
public enum Slug {
    /// The slug of `text`; empty when `text` has no letter or digit.
    public static func make(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if isMark(scalar) {
                // A mark belongs to the letter before it; with none (at the start, after a dash)
                // it would fuse with the `/` or `-` before it into one character of the path.
                if !result.isEmpty && !pendingDash { result.unicodeScalars.append(scalar) }
            } else if isWordScalar(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        return (properties.isAlphabetic || properties.numericType != nil) && !isMark(scalar)
    }

    /// Combining marks (Devanagari vowel signs, decomposed accents): kept after the letter they
    /// belong to.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
