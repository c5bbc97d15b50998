import Foundation

enum TermWordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static func combine(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
    }
}

/// Simple English plurals of a term's last word, in both directions.
enum TermPlurals {
    /// `word` (lower-cased) and the forms it is taken to stand for: "sanction" → "sanctions";
    /// "sanctions" → "sanction"; "ally" → "allies"; "allies" → "ally"; "tax" → "taxes";
    /// "embargo" → "embargos", "embargoes". Only words ending in a Latin letter are inflected.
    static func variants(of word: String) -> [String] {
        guard let last = word.unicodeScalars.last, last.properties.isAlphabetic, last.value < 0x250 else {
            return [word]
        }
        let singulars = singulars(of: word)
        var result = [word]
        for candidate in singulars.isEmpty ? [word] : singulars {
            for form in (candidate == word ? [] : [candidate]) + plurals(of: candidate) where !result.contains(form) {
                result.append(form)
            }
        }
        return result
    }

    /// What `word` may be the plural of; empty when it does not look like a plural.
    static func singulars(of word: String) -> [String] {
        let length = word.count
        var result: [String] = []
        if word.hasSuffix("ies") && length >= 5 {
            result.append(String(word.dropLast(3)) + "y")
        }
        if word.hasSuffix("es") && length >= 5 {
            let stem = String(word.dropLast(2))
            if endsInSibilant(stem) || stem.hasSuffix("o") { result.append(stem) }
        }
        if word.hasSuffix("s") && length >= 4 && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && !word.hasSuffix("is")
        {
            result.append(String(word.dropLast()))
        }
        return result
    }

    /// The plurals of a singular `word`.
    static func plurals(of word: String) -> [String] {
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return [String(word.dropLast()) + "ies"]
        }
        if endsInSibilant(word) { return [word + "es"] }
        if word.hasSuffix("o") { return [word + "s", word + "es"] }
        return [word + "s"]
    }

    private static func endsInSibilant(_ word: String) -> Bool {
        word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch")
            || word.hasSuffix("sh")
    }
}

// MARK: - Text

/// A block's text as NFC scalars, and lower-cased once with a map back to the original scalars.
struct TermText: Sendable {
    /// The block's text (NFC), scalar by scalar.
    var original: [Unicode.Scalar]
    /// The text lower-cased scalar by scalar; one scalar may lower-case to several ("İ" → "i̇").
    var lowered: [Unicode.Scalar]
    /// For each scalar of `lowered`, the offset in `original` of the scalar it comes from.
    var origins: [Int]

    init(_ text: String) {
        original = Array(Self.normalized(text).unicodeScalars)
        lowered = []
        origins = []
        lowered.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        for (offset, scalar) in original.enumerated() {
            if scalar.isASCII {
                let value = scalar.value
                lowered.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
                origins.append(offset)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    lowered.append(lower)
                    origins.append(offset)
                }
            }
        }
    }

    /// `text` in Unicode normalization form C, so "é" matches whether it was typed as one scalar or two.
    static func normalized(_ text: String) -> String {
        // Most prose is already composed (curly quotes and dashes are not combining marks): only
        // text with a combining mark needs Foundation's normalisation.
        let needsComposing = text.unicodeScalars.contains {
            !$0.isASCII && $0.properties.canonicalCombiningClass != .notReordered
        }
        return needsComposing ? text.precomposedStringWithCanonicalMapping : text
    }

    /// `text` lower-cased the way blocks are, scalar by scalar.
    static func lowerCased(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return result
    }

    /// Letters, digits and combining marks: what may not touch a mention (the characters a slug keeps).
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return value == 0x20 || (0x09...0x0D).contains(value)
        }
        return scalar.properties.isWhitespace
    }

    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?"
    }

    /// Where `form` ends when it is written at `start` of `lowered` as a whole word, or nil.
    func matchEnd(of form: [Unicode.Scalar], at start: Int) -> Int? {
        if start > 0 && (Self.isWord(lowered[start - 1]) || origins[start - 1] == origins[start]) { return nil }
        var position = start
        for scalar in form {
            if scalar == " " {
                guard position < lowered.count && Self.isSpace(lowered[position]) else { return nil }
                while position < lowered.count && Self.isSpace(lowered[position]) { position += 1 }
            } else {
                guard position < lowered.count && lowered[position] == scalar else { return nil }
                position += 1
            }
        }
        if position < lowered.count
            && (Self.isWord(lowered[position]) || origins[position] == origins[position - 1])
        {
            return nil
        }
        return position
    }

    /// The sentence around `original[start..<end]`, cut to about 90 characters each side of the
    /// match when it is longer than 200.
    func snippet(from start: Int, to end: Int, headingID: String?) -> TermSnippet {
        var sentenceStart = 0
        var position = start - 1
        while position > 0 {
            if Self.isSpace(original[position]) && Self.endsSentence(original[position - 1]) {
                sentenceStart = position
                break
            }
            position -= 1
        }
        var sentenceEnd = original.count
        position = max(start, end - 1)
        while position + 1 < original.count {
            if Self.endsSentence(original[position]) && Self.isSpace(original[position + 1]) {
                sentenceEnd = position + 1
                break
            }
            position += 1
        }
        var before = Substring(Self.string(original[sentenceStart..<start]))
        let match = Self.string(original[start..<end])
        var after = Substring(Self.string(original[end..<sentenceEnd]))
        while before.first?.isWhitespace == true { before.removeFirst() }
        while after.last?.isWhitespace == true { after.removeLast() }
        if before.count + match.count + after.count > TermSnippetLength.maximumLength {
            if before.count > TermSnippetLength.context { before = "…" + TermSnippetLength.keepingEnd(of: before) }
            if after.count > TermSnippetLength.context { after = TermSnippetLength.keepingStart(of: after) + "…" }
        }
        return TermSnippet(before: String(before), match: match, after: String(after), headingID: headingID)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }
}

/// How long snippets are cut.
enum TermSnippetLength {
    /// A sentence longer than this (in characters) is cut around the match.
    static let maximumLength = 200
    /// Characters kept at most on each side of the match in a cut sentence.
    static let context = 90

    /// The last `context` characters of `text`, starting at a word when the cut falls inside one.
    static func keepingEnd(of text: Substring) -> Substring {
        var cut = text.index(text.endIndex, offsetBy: -context)
        if !text[text.index(before: cut)].isWhitespace && !text[cut].isWhitespace,
            let space = text[cut...].firstIndex(where: \.isWhitespace)
        {
            cut = space
        }
        var kept = text[cut...]
        while kept.first?.isWhitespace == true { kept.removeFirst() }
        return kept
    }

    /// The first `context` characters of `text`, ending at a word when the cut falls inside one.
    static func keepingStart(of text: Substring) -> Substring {
        var cut = text.index(text.startIndex, offsetBy: context)
        if !text[text.index(before: cut)].isWhitespace && !text[cut].isWhitespace,
            let space = text[..<cut].lastIndex(where: \.isWhitespace)
        {
            cut = space
        }
        var kept = text[..<cut]
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept
    }
}
