/// The term index: `/index/` (A-Z) and `/index/<term>/` (posts with keyword-in-context snippets).
extension PageRenderer {
    func termIndexContext(_ output: PlannedOutput) -> PageContextView {
        var letters: [(String, [[String: Any]])] = []
        for entry in site.termIndex {
            let letter = entry.term.first.map { String($0).uppercased() } ?? "#"
            let item: [String: Any] = [
                "term": entry.term, "slug": entry.slug, "url": urls.path("index/\(entry.slug)/"),
                "postCount": entry.documents.count, "mentionCount": entry.mentionCount,
                "summary": Self.counted(entry.documents.count, "post") + ", "
                    + Self.counted(entry.mentionCount, "mention"),
            ]
            if letters.last?.0 == letter {
                letters[letters.count - 1].1.append(item)
            } else {
                letters.append((letter, [item]))
            }
        }
        let values: [String: Any] = [
            "letters": letters.map { ["letter": $0.0, "terms": $0.1] }, "hasTerms": !letters.isEmpty,
        ]
        return page(
            output,
            meta: meta(output, heading: "Index", description: "Where \(site.config.title) discusses each subject."),
            values: values)
    }

    /// `1 post`, `3 posts`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    func termContext(_ output: PlannedOutput, index: Int) -> PageContextView {
        let entry = site.termIndex[index]
        let posts = entry.documents.map { mentions -> [String: Any] in
            let summary = summaries[mentions.document]
            let snippets = mentions.snippets.map { snippet -> [String: Any] in
                [
                    "before": snippet.before, "match": snippet.match, "after": snippet.after,
                    "url": summary.url + (snippet.headingID.map { "#" + $0 } ?? ""),
                ]
            }
            return [
                "title": summary.title, "url": summary.url, "date": summary.date, "count": mentions.count,
                "countText": Self.counted(mentions.count, "mention"),
                "snippets": snippets,
            ]
        }
        let term: [String: Any] = [
            "term": entry.term, "slug": entry.slug, "postCount": posts.count, "mentionCount": entry.mentionCount,
            "posts": posts,
            "summary": "Discussed in " + Self.counted(posts.count, "post") + ", "
                + Self.counted(entry.mentionCount, "mention"),
        ]
        return page(
            output,
            meta: meta(
                output, heading: entry.term,
                description: "Every post on \(site.config.title) that discusses \(entry.term)."),
            values: ["term": term, "indexURL": urls.path("index/")])
    }
}
