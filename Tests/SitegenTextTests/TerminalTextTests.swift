import SitegenText
import Testing

@Suite struct TerminalTextTests {
    @Test func controlAndDirectionCharactersAreShownEscaped() {
        #expect(TerminalText.escaped("a\u{1B}]0;title\u{7}b") == #"a\u{1b}]0;title\u{7}b"#)
        #expect(TerminalText.escaped("tab\tnew\nline\r") == #"tab\u{9}new\u{a}line\u{d}"#)
        #expect(TerminalText.escaped("\u{9B}31m \u{7F}") == #"\u{9b}31m \u{7f}"#)
        #expect(TerminalText.escaped("abc\u{202E}fed\u{2066}") == #"abc\u{202e}fed\u{2066}"#)
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["", "content/posts/pact.md", "Zürich – 東京 📎", "\u{A0}no-break"] {
            #expect(TerminalText.escaped(text) == text)
        }
    }
}
