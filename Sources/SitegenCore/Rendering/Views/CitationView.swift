import Foundation
import SitegenText

/// How to cite a post: plain text, BibTeX and JSON-LD, built from the same facts. A class for the
/// reason `PostView` is one.
final class CitationView: Sendable {
    let post: Post
    let url: String
    let siteTitle: String
    let language: String
    /// The post's authors' names.
    let authors: [String]
    /// The post's canonical tag names.
    let keywords: [String]

    init(post: Post, url: String, siteTitle: String, language: String, authors: [String], keywords: [String]) {
        self.post = post
        self.url = url
        self.siteTitle = siteTitle
        self.language = language
        self.authors = authors
        self.keywords = keywords
    }

    /// `Osei, D., & Lindqvist, M. (2024, June 20). Title. Site. URL (accessed [date]).`
    var text: String {
        let names = authors.isEmpty ? siteTitle : authors.joined(separator: ", ")
        return
            "\(names). \(post.date.day). \u{201C}\(post.title).\u{201D} \(siteTitle). \(url) (accessed [accessed date])."
    }

    /// A BibTeX `@online` entry.
    var bibtex: String {
        let names = authors.isEmpty ? "{\(siteTitle)}" : authors.joined(separator: " and ")
        return """
            @online{\(key),
              author = {\(names)},
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
        let author = authors.first?.split(separator: " ").last.map(String.init) ?? siteTitle
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
        var object: [String: ScriptJSON] = [
            "@context": .string("https://schema.org"),
            "@type": .string("Article"),
            "headline": .string(post.title),
            "datePublished": .string(post.date.iso),
            "dateModified": .string(post.lastModified.iso),
            "url": .string(url),
            "inLanguage": .string(language),
            "publisher": .object(["@type": .string("Organization"), "name": .string(siteTitle)]),
        ]
        if !authors.isEmpty {
            object["author"] = .array(authors.map { .object(["@type": .string("Person"), "name": .string($0)]) })
        }
        let abstract =
            post.takeaways.isEmpty ? post.summary : post.takeaways.map(\.text).joined(separator: " ")
        if !abstract.isEmpty { object["abstract"] = .string(abstract) }
        if !keywords.isEmpty { object["keywords"] = .string(keywords.joined(separator: ", ")) }
        return ScriptJSON.object(object).text
    }
}
