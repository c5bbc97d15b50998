extension SiteView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "description": TemplateValue(description.nilIfEmpty)
        case "language": TemplateValue(language)
        case "author": TemplateValue(author.nilIfEmpty)
        case "baseURL": TemplateValue(baseURL)
        case "homeURL": TemplateValue(homeURL)
        case "tagsURL": TemplateValue(tagsURL)
        case "archiveURL": TemplateValue(archiveURL)
        case "correctionsURL": TemplateValue(correctionsURL)
        case "authorsURL": TemplateValue(authorsURL)
        case "indexURL": TemplateValue(indexURL)
        case "feedURL": TemplateValue(feedURL)
        case "assetsURL": TemplateValue(assetsURL)
        case "generator": TemplateValue(generator)
        default: nil
        }
    }
}

extension MetaView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "heading": TemplateValue(heading)
        case "description": TemplateValue(description.nilIfEmpty)
        case "canonicalURL": TemplateValue(canonicalURL)
        case "ogType": TemplateValue(ogType)
        case "feedURL": TemplateValue(feedURL)
        case "feedTitle": TemplateValue(feedTitle)
        default: nil
        }
    }
}

extension FormattedDate: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "iso": TemplateValue(iso)
        case "display": TemplateValue(display)
        case "day": TemplateValue(day)
        default: nil
        }
    }
}

extension PaginationView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "isPaginated": TemplateValue(pagination.total > 1)
        case "current": TemplateValue(pagination.current)
        case "total": TemplateValue(pagination.total)
        case "hasPrevious": TemplateValue(previousURL != nil)
        case "previousURL": TemplateValue(previousURL)
        case "hasNext": TemplateValue(nextURL != nil)
        case "nextURL": TemplateValue(nextURL)
        default: nil
        }
    }
}

extension PageView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(page.title)
        case "description": TemplateValue(page.description?.nilIfEmpty)
        case "url": TemplateValue(url)
        case "content": TemplateValue(page.html)
        case "params": TemplateValue(page.params)
        default: nil
        }
    }
}

extension FeedInfoView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "id": TemplateValue(id)
        case "selfURL": TemplateValue(selfURL)
        case "alternateURL": TemplateValue(alternateURL)
        case "updated": TemplateValue(updated)
        default: nil
        }
    }
}

extension FeedEntryView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(post.title)
        case "url", "id": TemplateValue(url)
        case "published": TemplateValue(post.date.iso)
        case "updated": TemplateValue(post.lastModified.iso)
        case "summary": TemplateValue(post.summary)
        case "takeaways": TemplateValue(post.takeaways)
        case "hasTakeaways": TemplateValue(!post.takeaways.isEmpty)
        case "content": TemplateValue(contentXML == nil ? nil : post.html)
        case "contentXML": TemplateValue(contentXML)
        case "hasContent": TemplateValue(contentXML != nil)
        case "authors": TemplateValue(summary.authors)
        case "tags": TemplateValue(summary.tags)
        default: nil
        }
    }
}

extension SitemapURLView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "loc": TemplateValue(loc)
        case "lastmod": TemplateValue(lastmod)
        default: nil
        }
    }
}
