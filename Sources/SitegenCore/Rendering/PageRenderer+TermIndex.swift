/// The term index: `/index/` (A-Z) and `/index/<term>/` (posts with keyword-in-context snippets).
extension PageRenderer {
    func termIndexPage(_ output: PlannedOutput) -> PageContext<TermIndexView> {
        var letters: [TermLetterView] = []
        for entry in termIndex.entries {
            let letter = entry.term.first.map { String($0).uppercased() } ?? "#"
            let link = TermLinkView(
                term: entry.term, slug: entry.slug, url: urls.path(site.routes.term(slug: entry.slug)),
                postCount: entry.documents.count, mentionCount: entry.mentionCount,
                summary: Self.counted(entry.documents.count, "post") + ", "
                    + Self.counted(entry.mentionCount, "mention"))
            if letters.last?.letter == letter {
                letters[letters.count - 1].terms.append(link)
            } else {
                letters.append(TermLetterView(letter: letter, terms: [link]))
            }
        }
        return page(
            output, heading: "Index", description: "Where \(site.config.title) discusses each subject.",
            TermIndexView(letters: letters))
    }

    /// `1 post`, `3 posts`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    func termPage(_ output: PlannedOutput, entry: TermEntry?) -> any TemplateObject {
        guard let entry else { return NotFoundView() }
        let posts = entry.documents.map { mentions in
            let summary = summary(termIndex.post(of: mentions))
            return TermPostView(
                title: summary.title, url: summary.url, date: summary.date, count: mentions.count,
                countText: Self.counted(mentions.count, "mention"),
                snippets: mentions.snippets.map {
                    TermSnippetView(snippet: $0, url: summary.url + ($0.headingID.map { "#" + $0 } ?? ""))
                })
        }
        let term = TermView(
            term: entry.term, slug: entry.slug, mentionCount: entry.mentionCount, posts: posts,
            summary: "Discussed in " + Self.counted(posts.count, "post") + ", "
                + Self.counted(entry.mentionCount, "mention"))
        return page(
            output, heading: entry.term,
            description: "Every post on \(site.config.title) that discusses \(entry.term).",
            TermPageView(term: term, indexURL: urls.path(site.routes.termIndex)))
    }
}
