import Mustache
import SitegenMarkdown

extension TagLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        case "url": url
        case "count": count
        case "feedURL": feedURL
        case "description": description?.nilIfEmpty
        default: nil
        }
    }
}

extension PostTagView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        case "url": url
        case "feedURL": feedURL
        case "description": description?.nilIfEmpty
        default: nil
        }
    }
}

extension AuthorView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        default: nil
        }
    }
}

extension PostSummaryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "date": date
        case "summary": summary.nilIfEmpty
        case "summaryHTML": summaryHTML.nilIfEmpty
        case "tags": tags
        case "hasTags": !tags.isEmpty
        case "authors": authors
        case "hasAuthors": !authors.isEmpty
        case "isDraft": isDraft
        case "entryHTML": entry?.html(for: self)
        default: nil
        }
    }
}

extension PostView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "content": post.html
        case "absoluteURL": absoluteURL
        case "updated": post.updated
        case "lastModified": post.lastModified
        case "description": post.description?.nilIfEmpty
        case "toc": post.tableOfContents
        case "hasTOC": hasTOC
        case "takeaways": post.takeaways
        case "hasTakeaways": !post.takeaways.isEmpty
        case "corrections": post.corrections
        case "hasCorrections": !post.corrections.isEmpty
        case "citation": citation
        case "jsonLD": citation.jsonLD
        case "wordCount": post.wordCount
        case "readingMinutes": readingMinutes
        case "params": post.params.mapValues(\.templateValue)
        case "source": post.source
        default: summary.child(named: name)
        }
    }
}

extension CitationView: MustacheParent {
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
}

extension TableOfContentsEntry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": heading.id
        case "text": heading.text
        case "level": heading.level
        case "hasChildren": !children.isEmpty
        case "children": children
        default: nil
        }
    }
}

extension InlineText: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "html": html
        case "text": text
        default: nil
        }
    }
}

extension Correction: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "date": date
        case "html": html
        case "text": text
        default: nil
        }
    }
}

extension PostLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}
