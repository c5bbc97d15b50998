import Foundation
import SitegenText
import Testing

@Suite struct ScriptJSONTests {
    @Test func keysAreSortedAndTheTextIsCompact() {
        let value = ScriptJSON.object([
            "url": .string("https://example.org/a/b/"),
            "@type": .string("Article"),
            "author": .array([.object(["name": .string("A"), "@type": .string("Person")]), .string("B")]),
        ])
        #expect(
            value.text
                == #"{"@type":"Article","author":[{"@type":"Person","name":"A"},"B"],"url":"https://example.org/a/b/"}"#
        )
    }

    @Test func nothingInAStringCanEndTheScriptElementOrOpenAComment() throws {
        let hostile = "<!--<script> </script> & \"q\" \\ line\nnext\u{2028}\u{2029}\u{1} Zürich 📎"
        let text = ScriptJSON.object(["headline": .string(hostile)]).text
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\u{1}", "\n"] {
            #expect(!text.contains(forbidden), "found \(forbidden.debugDescription)")
        }
        #expect(text.contains(#"\u003c!--\u003cscript\u003e"#))
        #expect(text.contains(#"\u0026 \"q\" \\ line\nnext\u2028\u2029\u0001 Zürich 📎"#))
        let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(decoded?["headline"] == hostile)
    }
}
