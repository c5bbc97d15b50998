import SitegenText
import Testing

@Suite struct TrimmingTests {
    /// Trimming character by character, as `trimmingWhitespace` did before its byte-wise path.
    func characterWise(_ text: String) -> String {
        var slice = text[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    @Test(arguments: [
        "", " ", "\t\n\r\u{0B}\u{0C} ", "plain", "  two words  ", "\r\nline\r\n", "\u{00A0}no-break\u{00A0}",
        " \u{3000}ideographic\u{3000} ", "\u{2028}separator\u{2029}", " café ", "naïve\u{0085}", " e\u{301} ",
        "\u{301} combining first", "tail combining \u{301}", " 🇩🇪 ", "\u{85}", " \u{A0} ",
    ])
    func bytesAndCharactersTrimAlike(_ text: String) {
        #expect(text.trimmingWhitespace() == characterWise(text))
        #expect(text[...].trimmingWhitespace() == characterWise(text), "a substring")
    }

    @Test func trimsWhatItShould() {
        #expect("  Sanctions and the alliance \n".trimmingWhitespace() == "Sanctions and the alliance")
        #expect("\u{00A0}Pact\u{3000}".trimmingWhitespace() == "Pact")
        #expect(" \t ".trimmingWhitespace() == "")
    }
}
