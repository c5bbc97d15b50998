import SitegenText
import Testing

@Suite struct SuggestionTests {
    static let keys = ["title", "tags", "description", "date", "draft", "slug", "url"]

    @Test(arguments: [
        ("tgas", "tags"), ("tag", "tags"), ("Tags", "tags"), ("descripton", "description"),
        ("desciption", "description"), ("titel", "title"), ("drat", "draft"), ("dtae", "date"),
    ])
    func typosFindTheKey(word: String, key: String) {
        #expect(Suggestion.closest(to: word, among: Self.keys) == key)
    }

    @Test(arguments: ["region", "layout", "weight", "x", "tagline", "summary2", "urls2"])
    func unrelatedWordsFindNothing(word: String) {
        #expect(Suggestion.closest(to: word, among: Self.keys) == nil)
    }
}
