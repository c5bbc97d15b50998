import SitegenMarkdown

extension TagLinkView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "slug": TemplateValue(slug)
        case "url": TemplateValue(url)
        case "count": TemplateValue(count)
        case "feedURL": TemplateValue(feedURL)
        case "description": TemplateValue(description?.nilIfEmpty)
        default: nil
        }
    }
}

extension PostTagView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "slug": TemplateValue(slug)
        case "url": TemplateValue(url)
        case "feedURL": TemplateValue(feedURL)
        case "description": TemplateValue(description?.nilIfEmpty)
        default: nil
        }
    }
}

extension AuthorView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "url": TemplateValue(url)
        default: nil
        }
    }
}

extension PostSummaryView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "url": TemplateValue(url)
        case "date": TemplateValue(date)
        case "summary": TemplateValue(summary.nilIfEmpty)
        case "summaryHTML": TemplateValue(summaryHTML.nilIfEmpty)
        case "tags": TemplateValue(tags)
        case "hasTags": TemplateValue(!tags.isEmpty)
        case "authors": TemplateValue(authors)
        case "hasAuthors": TemplateValue(!authors.isEmpty)
        case "isDraft": TemplateValue(isDraft)
        case "entryHTML": TemplateValue(entry?.html(for: self))
        default: nil
        }
    }
}

extension PostView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "content": TemplateValue(post.html)
        case "absoluteURL": TemplateValue(absoluteURL)
        case "updated": TemplateValue(post.updated)
        case "lastModified": TemplateValue(post.lastModified)
        case "description": TemplateValue(post.description?.nilIfEmpty)
        case "toc": TemplateValue(post.tableOfContents)
        case "hasTOC": TemplateValue(hasTOC)
        case "takeaways": TemplateValue(post.takeaways)
        case "hasTakeaways": TemplateValue(!post.takeaways.isEmpty)
        case "corrections": TemplateValue(post.corrections)
        case "hasCorrections": TemplateValue(!post.corrections.isEmpty)
        case "citation": TemplateValue(citation)
        case "jsonLD": TemplateValue(citation.jsonLD)
        case "wordCount": TemplateValue(post.wordCount)
        case "readingMinutes": TemplateValue(readingMinutes)
        case "params": TemplateValue(post.params)
        case "source": TemplateValue(post.source)
        default: summary.child(named: name)
        }
    }
}

extension CitationView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "text": TemplateValue(text)
        case "bibtex": TemplateValue(bibtex)
        case "key": TemplateValue(key)
        case "publicationDate": TemplateValue(publicationDate)
        case "accessed": TemplateValue("[accessed date]")
        default: nil
        }
    }
}

extension TableOfContentsEntry: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": TemplateValue(heading.id)
        case "text": TemplateValue(heading.text)
        case "level": TemplateValue(heading.level)
        case "hasChildren": TemplateValue(!children.isEmpty)
        case "children": TemplateValue(children)
        default: nil
        }
    }
}

extension InlineText: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "html": TemplateValue(html)
        case "text": TemplateValue(text)
        default: nil
        }
    }
}

extension Correction: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "date": TemplateValue(date)
        case "html": TemplateValue(html)
        case "text": TemplateValue(text)
        default: nil
        }
    }
}

extension PostLinkView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "url": TemplateValue(url)
        default: nil
        }
    }
}
