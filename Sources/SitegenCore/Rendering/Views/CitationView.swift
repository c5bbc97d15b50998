import Foundation
import Mustache

/// How to cite a post: plain text, BibTeX and JSON-LD, built from the same facts.
struct CitationView: MustacheParent {
    let post: Post
    let url: String
    let siteTitle: String
    let language: String

    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "bibtex": bibtex
        case "key": key
        case "publicationDate": publicationDate
        case "accessed": "[accessed date]"
        default: nil
        }
    }

    /// `Osei, D., & Lindqvist, M. (2024, June 20). Title. Site. URL (accessed [date]).`
    var text: String {
        let names = post.authors.isEmpty ? siteTitle : post.authors.joined(separator: ", ")
        return
            "\(names). \(post.date.day). \u{201C}\(post.title).\u{201D} \(siteTitle). \(url) (accessed [accessed date])."
    }

    /// A BibTeX `@online` entry.
    var bibtex: String {
        let authors = post.authors.isEmpty ? "{\(siteTitle)}" : post.authors.joined(separator: " and ")
        return """
            @online{\(key),
              author = {\(authors)},
              title = {\(post.title)},
              organization = {\(siteTitle)},
              date = {\(post.date.day)},
              url = {\(url)},
              urldate = {YYYY-MM-DD}
            }
            """
    }

    /// `osei2024reading`: first author's last name, year, first word of the title.
    var key: String {
        let author = post.authors.first?.split(separator: " ").last.map(String.init) ?? siteTitle
        let word = post.title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first.map(String.init) ?? "post"
        let slug = (author + post.date.day.prefix(4) + word).lowercased().filter { $0.isLetter || $0.isNumber }
        return slug.isEmpty ? "post" : slug
    }

    /// `2024/06/20`, the form Highwire Press `citation_publication_date` expects.
    var publicationDate: String {
        post.date.day.replacing("-", with: "/")
    }

    /// A schema.org `Article` for search engines, safe to place inside `<script>`.
    var jsonLD: String {
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": post.title,
            "datePublished": post.date.iso,
            "dateModified": post.lastModified.iso,
            "url": url,
            "inLanguage": language,
            "publisher": ["@type": "Organization", "name": siteTitle],
        ]
        if !post.authors.isEmpty { object["author"] = post.authors.map { ["@type": "Person", "name": $0] } }
        let abstract =
            post.takeaways.isEmpty ? post.summary : post.takeaways.map(\.text).joined(separator: " ")
        if !abstract.isEmpty { object["abstract"] = abstract }
        let keywords = post.tags.map(\.name)
        if !keywords.isEmpty { object["keywords"] = keywords.joined(separator: ", ") }
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        // `</script>` must never appear inside the script element.
        return String(decoding: data, as: UTF8.self).replacing("</", with: "<\\/")
    }
}
