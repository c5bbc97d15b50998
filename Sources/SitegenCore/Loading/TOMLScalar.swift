/// TOML's unquoted values, checked and written as sitegen keeps them.
enum TOMLScalar {
    /// The text of a boolean, number, date or time token; nil when it is none of them.
    static func text(of token: String) -> String? {
        if token == "true" || token == "false" { return token }
        if let date = dateTime(token) { return date }
        if let integer = integer(token) { return integer }
        return float(token)
    }

    static func isDate(_ token: String) -> Bool {
        let digits = Array(token.utf8)
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (0x30...0x39).contains(digits[$0]) }
    }

    /// `1979-05-27`, `07:32:00`, `1979-05-27T07:32:00.999+09:00` (`t` and `z` too), in RFC 3339 form
    /// with `T`, `Z` and the fraction as written.
    private static func dateTime(_ token: String) -> String? {
        let upper = token.uppercased()
        if isDate(upper) { return validDate(upper) ? upper : nil }
        if let time = time(upper[...]) { return time }
        guard upper.count > 11, isDate(String(upper.prefix(10))), upper.dropFirst(10).first == "T",
            validDate(String(upper.prefix(10)))
        else { return nil }
        var rest = upper.dropFirst(11)
        var offset = ""
        if rest.hasSuffix("Z") {
            offset = "Z"
            rest = rest.dropLast()
        } else if rest.count > 6, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            let zone = Array(rest.suffix(5).utf8)
            guard zone[2] == UInt8(ascii: ":"), [0, 1, 3, 4].allSatisfy({ (0x30...0x39).contains(zone[$0]) }),
                let hours = Int(String(rest.suffix(5).prefix(2))), hours < 24,
                let minutes = Int(String(rest.suffix(2))), minutes < 60
            else { return nil }
            offset = String(rest.suffix(6))
            rest = rest.dropLast(6)
        }
        guard let time = time(rest) else { return nil }
        return String(upper.prefix(10)) + "T" + time + (offset == "+00:00" || offset == "-00:00" ? "Z" : offset)
    }

    private static func validDate(_ date: String) -> Bool {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), parts[2] >= 1 else { return false }
        let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][parts[1] - 1]
        let leap = parts[0] % 4 == 0 && (parts[0] % 100 != 0 || parts[0] % 400 == 0)
        return parts[2] <= (parts[1] == 2 && !leap ? 28 : days)
    }

    /// `HH:MM:SS` with an optional fraction.
    private static func time(_ text: Substring) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, bytes[2] == UInt8(ascii: ":"), bytes[5] == UInt8(ascii: ":"),
            [0, 1, 3, 4, 6, 7].allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
            let hours = Int(String(text.prefix(2))), hours < 24,
            let minutes = Int(String(text.dropFirst(3).prefix(2))), minutes < 60,
            let seconds = Int(String(text.dropFirst(6).prefix(2))), seconds <= 60
        else { return nil }
        if bytes.count == 8 { return String(text) }
        guard bytes[8] == UInt8(ascii: "."), bytes.count > 9, bytes[9...].allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        return String(text)
    }

    /// Decimal with `_` between digits, or `0x`, `0o`, `0b`; written in decimal.
    private static func integer(_ token: String) -> String? {
        var text = token[...]
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where text.hasPrefix(prefix) {
            let digits = text.dropFirst(2)
            guard let cleaned = underscored(digits), let value = Int(cleaned, radix: radix) else { return nil }
            return String(value)
        }
        var sign = ""
        if let first = text.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            text = text.dropFirst()
        }
        guard let cleaned = underscored(text), cleaned.allSatisfy(\.isASCIIDigit) else { return nil }
        guard cleaned == "0" || !cleaned.hasPrefix("0") else { return nil }
        guard let value = Int(sign + cleaned) else { return nil }
        return String(value)
    }

    /// `3.14`, `5e+22`, `-2E-2`, `6.626e-34`, `inf`, `nan`, with `_` between digits.
    private static func float(_ token: String) -> String? {
        var text = token[...]
        var sign = ""
        if let first = text.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            text = text.dropFirst()
        }
        if text == "inf" { return sign + "inf" }
        if text == "nan" { return "nan" }
        let lowered = text.lowercased()
        let parts = lowered.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        guard let mantissa = parts.first, !mantissa.isEmpty else { return nil }
        let whole = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integerPart = underscored(whole[0]), integerPart.allSatisfy(\.isASCIIDigit),
            integerPart == "0" || !integerPart.hasPrefix("0")
        else { return nil }
        var number = integerPart
        if whole.count == 2 {
            guard let fraction = underscored(whole[1]), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            number += "." + fraction
        }
        if parts.count == 2 {
            var exponent = parts[1]
            var exponentSign = ""
            if let first = exponent.first, first == "+" || first == "-" {
                exponentSign = String(first)
                exponent = exponent.dropFirst()
            }
            guard let digits = underscored(exponent), digits.allSatisfy(\.isASCIIDigit) else { return nil }
            number += "e" + exponentSign + digits
        } else if whole.count == 1 {
            return nil  // an integer, which `integer` refused
        }
        guard let value = Double(sign + number) else { return nil }
        return String(value)
    }

    /// `digits` without its underscores, when each stands between two digits; nil otherwise.
    private static func underscored(_ digits: Substring) -> String? {
        guard !digits.isEmpty, digits.first != "_", digits.last != "_", !digits.contains("__") else { return nil }
        let cleaned = digits.filter { $0 != "_" }
        guard cleaned.allSatisfy({ $0.isHexDigit }) else { return nil }
        return String(cleaned)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
