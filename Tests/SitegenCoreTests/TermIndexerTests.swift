import SitegenMarkdown
import Testing

@testable import SitegenCore

@Suite struct TermIndexerTests {
    /// Every mention of `term` in a one-block document, as written.
    func matches(of term: String, in text: String) -> [String] {
        let entries = TermIndexer.index(
            terms: [term], documents: [TermDocument(id: 0, blocks: [TextBlock(text: text, headingID: nil)])],
            snippetsPerDocument: .max)
        return entries.first?.documents.first?.snippets.map(\.match) ?? []
    }

    /// The snippets of `term` in a one-block document.
    func snippets(of term: String, in text: String, headingID: String? = nil) -> [TermSnippet] {
        let entries = TermIndexer.index(
            terms: [term], documents: [TermDocument(id: 0, blocks: [TextBlock(text: text, headingID: headingID)])],
            snippetsPerDocument: .max)
        return entries.first?.documents.first?.snippets ?? []
    }

    func snippet(_ before: String, _ match: String, _ after: String, _ headingID: String? = nil) -> TermSnippet {
        TermSnippet(before: before, match: match, after: after, headingID: headingID)
    }

    func document(_ id: Int, _ texts: String...) -> TermDocument {
        TermDocument(id: id, blocks: texts.map { TextBlock(text: $0, headingID: nil) })
    }

    // MARK: Matching

    @Test func matchingIgnoresCaseAndKeepsTheTextAsWritten() {
        #expect(
            matches(of: "sanctions", in: "UN Sanctions. More SANCTIONS, fewer sanctions")
                == ["Sanctions", "SANCTIONS", "sanctions"])
        #expect(matches(of: "SANCTIONS", in: "UN sanctions.") == ["sanctions"])
        #expect(matches(of: "Élysée", in: "the ÉLYSÉE and the élysée") == ["ÉLYSÉE", "élysée"])
    }

    @Test func onlyWholeWordsMatch() {
        #expect(matches(of: "ally", in: "It really was totally an ally, not allyship, ally2 or 2ally.") == ["ally"])
        #expect(matches(of: "aid", in: "She said the aide gave aid; first-aid kits.") == ["aid", "aid"])
        #expect(matches(of: "G7", in: "G7, G77, 1G7 and G7s") == ["G7"])
    }

    @Test func punctuationAndApostrophesEndAWord() {
        #expect(
            matches(of: "alliance", in: "alliances-based alliance's alliance’s (alliance) «alliance» alliance—and")
                == ["alliances", "alliance", "alliance", "alliance", "alliance", "alliance"])
    }

    @Test func wordBoundariesAreUnicodeAware() {
        // Accented, Greek and CJK letters, an Arabic-Indic digit and a combining accent all touch the word.
        #expect(
            matches(of: "alliance", in: "éalliance allianceé Ωalliance 日本alliance ٣alliance alliance\u{301} alliance")
                == ["alliance"])
        #expect(matches(of: "cafe", in: "un café, un cafe\u{301}") == [])
    }

    @Test func precomposedAndDecomposedAccentsMatchEachOther() {
        #expect(matches(of: "café", in: "Le Cafe\u{301} noir, un café") == ["Café", "café"])
        #expect(matches(of: "cafe\u{301}", in: "un café") == ["café"])
    }

    @Test func lettersThatLowerCaseToSeveralScalarsKeepTheMatchAligned() {
        #expect(matches(of: "İstanbul", in: "İSTANBUL, İstanbul, Istanbul") == ["İSTANBUL", "İstanbul"])
        #expect(
            snippets(of: "alliance", in: "İİ İzmir and the ALLIANCE İİ.")
                == [snippet("İİ İzmir and the ", "ALLIANCE", " İİ.")])
    }

    // MARK: Plurals

    @Test func pluralsMatchInBothDirections() {
        #expect(matches(of: "sanction", in: "a sanction, two sanctions, sanctioned") == ["sanction", "sanctions"])
        #expect(matches(of: "sanctions", in: "a sanction, two sanctions, sanctioned") == ["sanction", "sanctions"])
        #expect(matches(of: "munition", in: "munition munitions munitiones") == ["munition", "munitions"])
        #expect(matches(of: "munitions", in: "munition munitions") == ["munition", "munitions"])
    }

    @Test func esPlurals() {
        #expect(matches(of: "tax", in: "tax taxes taxs") == ["tax", "taxes"])
        #expect(matches(of: "taxes", in: "tax taxes") == ["tax", "taxes"])
        #expect(matches(of: "crash", in: "crash crashes crashs") == ["crash", "crashes"])
        #expect(matches(of: "embargo", in: "embargo embargoes embargos") == ["embargo", "embargoes", "embargos"])
        #expect(matches(of: "embargoes", in: "embargo embargoes") == ["embargo", "embargoes"])
        // Words ending in -ss, -us or -is are not taken for plurals; irregular plurals are not known.
        #expect(matches(of: "status", in: "status statuses statu") == ["status", "statuses"])
        #expect(matches(of: "class", in: "class classes clas") == ["class", "classes"])
        #expect(matches(of: "crisis", in: "crisis crises") == ["crisis"])
    }

    @Test func yPluralsAreIes() {
        #expect(matches(of: "ally", in: "ally allies allys") == ["ally", "allies"])
        #expect(matches(of: "allies", in: "ally allies") == ["ally", "allies"])
        #expect(matches(of: "day", in: "day days daies") == ["day", "days"])
    }

    @Test func wordsNotEndingInALatinLetterAreNotInflected() {
        #expect(matches(of: "G7", in: "G7 G7s") == ["G7"])
        #expect(matches(of: "Россия", in: "Россия Россияs") == ["Россия"])
    }

    // MARK: Multi-word terms

    @Test func wordsOfATermMatchAcrossAnyWhitespace() {
        #expect(
            matches(
                of: "mutual aid",
                in: "Mutual  Aid, mutual\u{00A0}aid, mutual\taids, mutual-aid, mutuals aid, mutual aide, mutualaid")
                == ["Mutual  Aid", "mutual\u{00A0}aid", "mutual\taids"])
        #expect(matches(of: "Cold War", in: "the cold wars and the Cold War") == ["cold wars", "Cold War"])
        #expect(matches(of: "Cold Wars", in: "the cold war and colds war") == ["cold war"])
    }

    @Test func termWhitespaceIsTrimmedAndCollapsed() {
        let entries = TermIndexer.index(terms: ["  mutual \t aid "], documents: [document(0, "mutual aid")])
        #expect(
            entries == [
                TermEntry(
                    term: "mutual aid", slug: "mutual-aid",
                    documents: [TermPostMentions(document: 0, count: 1, snippets: [snippet("", "mutual aid", "")])],
                    mentionCount: 1)
            ])
    }

    // MARK: Terms

    @Test func termsWithTheSameSlugAreOneTermUnderTheFirstSpelling() {
        let entries = TermIndexer.index(
            terms: ["Mutual Aid", "mutual aid", "mutual-aid", "MUTUAL AID"],
            documents: [document(7, "Mutual aid and mutual-aid.")])
        #expect(
            entries == [
                TermEntry(
                    term: "Mutual Aid", slug: "mutual-aid",
                    documents: [
                        TermPostMentions(
                            document: 7, count: 2,
                            snippets: [
                                snippet("", "Mutual aid", " and mutual-aid."),
                                snippet("Mutual aid and ", "mutual-aid", "."),
                            ])
                    ],
                    mentionCount: 2)
            ])
    }

    @Test func singularAndPluralSpellingsWithDifferentSlugsAreTwoTerms() {
        let entries = TermIndexer.index(terms: ["sanctions", "sanction"], documents: [document(0, "Sanctions.")])
        let mentions = [TermPostMentions(document: 0, count: 1, snippets: [snippet("", "Sanctions", ".")])]
        #expect(
            entries == [
                TermEntry(term: "sanction", slug: "sanction", documents: mentions, mentionCount: 1),
                TermEntry(term: "sanctions", slug: "sanctions", documents: mentions, mentionCount: 1),
            ])
    }

    @Test func emptyTermsAreIgnored() {
        #expect(TermIndexer.index(terms: ["", "   ", "!!!", "—"], documents: [document(0, "! — !!!")]) == [])
        #expect(TermIndexer.index(terms: [], documents: [document(0, "text")]) == [])
        #expect(
            TermIndexer.index(terms: ["", "aid"], documents: [document(0, "aid")]).map(\.term) == ["aid"])
    }

    @Test func termsAreSortedCaseInsensitivelyAndUnmentionedTermsLeftOut() {
        let entries = TermIndexer.index(
            terms: ["sanctions", "zebra", "Alliance", "mutual aid", "ally", "Bloc"],
            documents: [document(0, "The bloc's ally left the alliance; mutual aid replaced sanctions.")])
        #expect(entries.map(\.term) == ["Alliance", "ally", "Bloc", "mutual aid", "sanctions"])
        #expect(entries.map(\.slug) == ["alliance", "ally", "bloc", "mutual-aid", "sanctions"])
    }

    @Test func documentsKeepTheOrderGivenAndCountsAddUp() {
        let entries = TermIndexer.index(
            terms: ["alliance"],
            documents: [
                document(5, "alliance", "alliances"), document(2, "none here"), document(9, "ALLIANCE"),
                document(1, "alliance alliance alliance"),
            ])
        #expect(entries.count == 1)
        #expect(entries.first?.documents.map(\.document) == [5, 9, 1])
        #expect(entries.first?.documents.map(\.count) == [2, 1, 3])
        #expect(entries.first?.mentionCount == 6)
    }

    // MARK: Snippets

    @Test func snippetIsTheSentenceAroundTheMatch() {
        #expect(
            snippets(of: "alliance", in: "Talks failed.  The alliance held firm!Then what? Next.", headingID: "talks")
                == [snippet("The ", "alliance", " held firm!Then what?", "talks")])
        #expect(
            snippets(of: "sanctions", in: "It rose 3.5% under the sanctions regime... and then? Stop.")
                == [snippet("It rose 3.5% under the ", "sanctions", " regime...")])
        #expect(snippets(of: "alliance", in: "Alliance") == [snippet("", "Alliance", "")])
        #expect(snippets(of: "alliance", in: "  the alliance  ") == [snippet("the ", "alliance", "")])
        #expect(
            snippets(of: "alliance", in: "One alliance. Two alliances! Three?")
                == [snippet("One ", "alliance", "."), snippet("Two ", "alliances", "!")])
        #expect(
            snippets(of: "alliance", in: "Why? Because\u{00A0}the alliance.\nNext")
                == [snippet("Because\u{00A0}the ", "alliance", ".")])
    }

    @Test func aMatchEndingInAFullStopEndsItsSentence() {
        #expect(
            snippets(of: "U.S.", in: "Before. The U.S. sanctions began. After.")
                == [snippet("The ", "U.S.", "")])
        #expect(
            snippets(of: "U.S. sanctions", in: "Before. The U.S. sanctions began. After.")
                == [snippet("The ", "U.S. sanctions", " began.")])
    }

    @Test func sentencesLongerThan200CharactersAreCutAtWords() {
        // 105 characters before the match, 106 after: the cuts fall inside words and move to the
        // nearest space that keeps at most 90 characters on each side.
        let before = String(repeating: "abcdef ", count: 15)
        let after = String(repeating: " abcdef", count: 15) + "."
        #expect(
            snippets(of: "alliance", in: "Earlier sentence. " + before + "alliance" + after + " Later.")
                == [
                    snippet(
                        "…" + String(repeating: "abcdef ", count: 12), "alliance",
                        String(repeating: " abcdef", count: 12) + "…")
                ])
    }

    @Test func cutsThatFallBetweenWordsStayPut() {
        // 120 + 8 + 120 characters; the last 90 before and first 90 after start and end at words.
        let before = String(repeating: "abcdefghi ", count: 12)
        let after = String(repeating: " abcdefghi", count: 12)
        #expect(
            snippets(of: "alliance", in: before + "alliance" + after)
                == [
                    snippet(
                        "…" + String(repeating: "abcdefghi ", count: 9), "alliance",
                        String(repeating: " abcdefghi", count: 9) + "…")
                ])
    }

    @Test func onlyTheLongSideIsCut() {
        let after = String(repeating: " abcdef", count: 30)
        #expect(
            snippets(of: "alliance", in: "The alliance" + after)
                == [snippet("The ", "alliance", String(repeating: " abcdef", count: 12) + "…")])
    }

    @Test func sentencesOf200CharactersAreNotCut() {
        let before = String(repeating: "abcdef ", count: 14)  // 98
        let after = String(repeating: " abcdef", count: 13) + " a."  // 94
        #expect(snippets(of: "alliance", in: before + "alliance" + after) == [snippet(before, "alliance", after)])
    }

    @Test func snippetsAreTheFirstMentionsAndCountIsAll() {
        let doc = TermDocument(
            id: 3,
            blocks: [
                TextBlock(text: "One sanction.", headingID: nil),
                TextBlock(text: "Two sanctions. Three sanctions.", headingID: "a"),
                TextBlock(text: "Four sanctions.", headingID: "b"),
                TextBlock(text: "Five sanctions.", headingID: "b"),
            ])
        let three = TermIndexer.index(terms: ["sanctions"], documents: [doc])
        #expect(
            three == [
                TermEntry(
                    term: "sanctions", slug: "sanctions",
                    documents: [
                        TermPostMentions(
                            document: 3, count: 5,
                            snippets: [
                                snippet("One ", "sanction", "."), snippet("Two ", "sanctions", ".", "a"),
                                snippet("Three ", "sanctions", ".", "a"),
                            ])
                    ],
                    mentionCount: 5)
            ])
        let none = TermIndexer.index(terms: ["sanctions"], documents: [doc], snippetsPerDocument: 0)
        #expect(none.first?.documents.first?.snippets == [])
        #expect(none.first?.documents.first?.count == 5)
        let one = TermIndexer.index(terms: ["sanctions"], documents: [doc, doc], snippetsPerDocument: 1)
        let first = snippet("One ", "sanction", ".")
        #expect(one.first?.documents.map(\.snippets) == [[first], [first]])
        #expect(one.first?.mentionCount == 10)
    }

    // MARK: Fixture

    /// Three small posts (10 blocks), counted by hand:
    ///
    /// - alliance: post 0 → 3 ("Alliances" before the first heading, "alliance" in the heading,
    ///   "alliance's"); post 1 → 0; post 2 → 2 ("alliance" before the first heading, "alliances").
    ///   Total 5.
    /// - Sanctions (also configured as "sanctions": same slug, one term): post 0 → 2 ("sanctions" in
    ///   the heading, "sanctions"); post 1 → 4 ("Sanctions" heading, "sanction", "Sanctions",
    ///   "sanctions-era" in a table cell; only the first 3 become snippets); post 2 → 1
    ///   ("sanctions-free"). Total 7.
    /// - mutual aid: post 0 → 0; post 1 → 1 (a line break in the Markdown, a space in the block);
    ///   post 2 → 2 ("mutual aid", "Mutual Aid" in a heading). Total 3.
    /// - ally, munitions: 0, so left out.
    ///
    /// Near misses that must not count: "Really" and "allied" (ally), "mutualist aide" (mutual aid),
    /// "sanctioned" (sanctions).
    @Test func fixture() {
        let posts = [
            TermDocument(
                id: 0,
                blocks: [
                    TextBlock(text: "Alliances shift quickly; this post tracks them.", headingID: nil),
                    TextBlock(text: "The alliance and its sanctions", headingID: "the-alliance"),
                    TextBlock(
                        text: "The alliance's first test came in March. Really, nobody expected sanctions to follow.",
                        headingID: "the-alliance"),
                ]),
            TermDocument(
                id: 1,
                blocks: [
                    TextBlock(text: "Sanctions", headingID: "sanctions"),
                    TextBlock(
                        text: "A new sanction was announced. Sanctions, the ministry said, would widen.",
                        headingID: "sanctions"),
                    TextBlock(text: "sanctions-era trade", headingID: "sanctions"),
                    // Written "Churches offered mutual\naid to strikers." in Markdown.
                    TextBlock(text: "Churches offered mutual aid to strikers.", headingID: "sanctions"),
                ]),
            TermDocument(
                id: 2,
                blocks: [
                    TextBlock(text: "Neighbours organised mutual aid while the alliance stalled.", headingID: nil),
                    TextBlock(text: "Mutual Aid, again", headingID: "mutual-aid-again"),
                    TextBlock(
                        text: "The mutualist aide said the allied alliances were sanctioned, not sanctions-free.",
                        headingID: "mutual-aid-again"),
                ]),
        ]
        let entries = TermIndexer.index(
            terms: ["alliance", "Sanctions", "mutual aid", "ally", "munitions", "sanctions"], documents: posts)
        let expected = [
            TermEntry(
                term: "alliance", slug: "alliance",
                documents: [
                    TermPostMentions(
                        document: 0, count: 3,
                        snippets: [
                            snippet("", "Alliances", " shift quickly; this post tracks them."),
                            snippet("The ", "alliance", " and its sanctions", "the-alliance"),
                            snippet("The ", "alliance", "'s first test came in March.", "the-alliance"),
                        ]),
                    TermPostMentions(
                        document: 2, count: 2,
                        snippets: [
                            snippet("Neighbours organised mutual aid while the ", "alliance", " stalled."),
                            snippet(
                                "The mutualist aide said the allied ", "alliances",
                                " were sanctioned, not sanctions-free.", "mutual-aid-again"),
                        ]),
                ],
                mentionCount: 5),
            TermEntry(
                term: "mutual aid", slug: "mutual-aid",
                documents: [
                    TermPostMentions(
                        document: 1, count: 1,
                        snippets: [snippet("Churches offered ", "mutual aid", " to strikers.", "sanctions")]),
                    TermPostMentions(
                        document: 2, count: 2,
                        snippets: [
                            snippet("Neighbours organised ", "mutual aid", " while the alliance stalled."),
                            snippet("", "Mutual Aid", ", again", "mutual-aid-again"),
                        ]),
                ],
                mentionCount: 3),
            TermEntry(
                term: "Sanctions", slug: "sanctions",
                documents: [
                    TermPostMentions(
                        document: 0, count: 2,
                        snippets: [
                            snippet("The alliance and its ", "sanctions", "", "the-alliance"),
                            snippet("Really, nobody expected ", "sanctions", " to follow.", "the-alliance"),
                        ]),
                    TermPostMentions(
                        document: 1, count: 4,
                        snippets: [
                            snippet("", "Sanctions", "", "sanctions"),
                            snippet("A new ", "sanction", " was announced.", "sanctions"),
                            snippet("", "Sanctions", ", the ministry said, would widen.", "sanctions"),
                        ]),
                    TermPostMentions(
                        document: 2, count: 1,
                        snippets: [
                            snippet(
                                "The mutualist aide said the allied alliances were sanctioned, not ", "sanctions",
                                "-free.", "mutual-aid-again")
                        ]),
                ],
                mentionCount: 7),
        ]
        #expect(entries == expected)
    }
}
