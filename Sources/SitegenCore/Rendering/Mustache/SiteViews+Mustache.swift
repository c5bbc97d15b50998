import Mustache

extension SiteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description.nilIfEmpty
        case "language": language
        case "author": author.nilIfEmpty
        case "baseURL": baseURL
        case "homeURL": homeURL
        case "tagsURL": tagsURL
        case "archiveURL": archiveURL
        case "correctionsURL": correctionsURL
        case "authorsURL": authorsURL
        case "indexURL": indexURL
        case "feedURL": feedURL
        case "assetsURL": assetsURL
        case "generator": generator
        default: nil
        }
    }
}

extension MetaView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "heading": heading
        case "description": description.nilIfEmpty
        case "canonicalURL": canonicalURL
        case "ogType": ogType
        case "feedURL": feedURL
        case "feedTitle": feedTitle
        default: nil
        }
    }
}

extension FormattedDate: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "iso": iso
        case "display": display
        case "day": day
        default: nil
        }
    }
}

extension PaginationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "isPaginated": pagination.total > 1
        case "current": pagination.current
        case "total": pagination.total
        case "hasPrevious": previousURL != nil
        case "previousURL": previousURL
        case "hasNext": nextURL != nil
        case "nextURL": nextURL
        default: nil
        }
    }
}

extension PageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": page.title
        case "description": page.description?.nilIfEmpty
        case "url": url
        case "content": page.html
        case "params": page.params.mapValues(\.templateValue)
        default: nil
        }
    }
}

extension FeedInfoView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "id": id
        case "selfURL": selfURL
        case "alternateURL": alternateURL
        case "updated": updated
        default: nil
        }
    }
}

extension FeedEntryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": post.title
        case "url", "id": url
        case "published": post.date.iso
        case "updated": post.lastModified.iso
        case "summary": post.summary
        case "takeaways": post.takeaways
        case "hasTakeaways": !post.takeaways.isEmpty
        case "content": contentXML == nil ? nil : post.html
        case "contentXML": contentXML
        case "hasContent": contentXML != nil
        case "authors": summary.authors
        case "tags": summary.tags
        default: nil
        }
    }
}

extension SitemapURLView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "loc": loc
        case "lastmod": lastmod
        default: nil
        }
    }
}
