import Testing

@testable import SitegenText

@Suite("Slug")
struct SlugTests {
    @Test(arguments: [
        ("U.S.-led sanctions", "u-s-led-sanctions"),
        ("Kim Jong Un", "kim-jong-un"),
        (
            "Russia and North Korea Sign New Defense Pact: A Historic Breakthrough",
            "russia-and-north-korea-sign-new-defense-pact-a-historic-breakthrough"
        ),
        ("NATO", "nato"),
        ("a   b\t\nc", "a-b-c"),
        ("snake_case and kebab-case", "snake-case-and-kebab-case"),
    ])
    func asciiText(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test(arguments: [
        ("Zürich", "zürich"),
        ("Привет Мир", "привет-мир"),
        ("Straße", "straße"),
        ("Café Noir", "café-noir"),
        ("Cafe\u{301} Noir", "cafe\u{301}-noir"),
        ("東京の天気、晴れ。", "東京の天気-晴れ"),
        ("日本語 テキスト", "日本語-テキスト"),
        ("한국어 제목", "한국어-제목"),
        ("북한·러시아 조약", "북한-러시아-조약"),
    ])
    func unicodeLettersAreKeptLowerCased(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test(arguments: ["", "   ", "!!!", "—", "...", "?!-_/", "🚀🚀"])
    func punctuationOnlyGivesEmptySlug(text: String) {
        #expect(Slug.make(text) == "")
    }

    @Test(arguments: [
        ("...Hello, World!!!", "hello-world"),
        ("--already-slugged--", "already-slugged"),
        ("(Draft) notes", "draft-notes"),
        ("🚀 Launch 🚀", "launch"),
        ("  spaced  ", "spaced"),
    ])
    func leadingAndTrailingPunctuationIsTrimmed(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test(arguments: [
        ("Top 10 Risks of 2024", "top-10-risks-of-2024"),
        ("2024", "2024"),
        ("v1.2.3", "v1-2-3"),
        ("٢٠٢٤ Report", "٢٠٢٤-report"),
    ])
    func digitsAreKept(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func slugOfASlugIsItself() {
        for text in ["u-s-led-sanctions", "zürich", "top-10-risks-of-2024", "привет-мир"] {
            #expect(Slug.make(text) == text)
        }
    }
}
