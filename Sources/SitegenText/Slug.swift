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
            if isWordScalar(scalar) {
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
        // Combining marks belong to the letter before them (Devanagari, decomposed accents).
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }
}
