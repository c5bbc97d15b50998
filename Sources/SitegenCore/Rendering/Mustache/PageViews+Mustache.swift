import Mustache

// The root views of the templates, exposed to swift-mustache by name. A `switch` over field
// names is about four times faster than the `Mirror` lookups swift-mustache falls back to.

extension PageContext: MustacheParent where Content: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "meta": meta
        default: content.child(named: name)
        }
    }
}

extension HomeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "posts": posts
        case "pagination": pagination
        default: nil
        }
    }
}

extension PostPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "post": post
        case "series": series
        case "previous": previous
        case "next": next
        default: nil
        }
    }
}

extension StandalonePageView: MustacheParent {
    func child(named name: String) -> Any? {
        name == "page" ? page : nil
    }
}

extension TagIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tags": tags
        case "hasTags": !tags.isEmpty
        case "groups": groups
        case "isGrouped": isGrouped
        default: nil
        }
    }
}

extension TagPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tag": tag
        case "posts": posts
        case "pagination": pagination
        case "parent": parent
        case "children": children
        case "hasChildren": !children.isEmpty
        default: nil
        }
    }
}

extension ArchiveView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "years": years
        case "hasPosts": !years.isEmpty
        default: nil
        }
    }
}

extension CorrectionsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "corrections": corrections
        case "hasCorrections": !corrections.isEmpty
        default: nil
        }
    }
}

extension NotFoundView: MustacheParent {
    func child(named name: String) -> Any? { nil }
}

extension SeriesPageView: MustacheParent {
    func child(named name: String) -> Any? {
        name == "series" ? series : nil
    }
}

extension AuthorIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "authors": authors
        case "hasAuthors": !authors.isEmpty
        default: nil
        }
    }
}

extension AuthorPageView: MustacheParent {
    func child(named name: String) -> Any? {
        name == "author" ? author : nil
    }
}

extension TermIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "letters": letters
        case "hasTerms": !letters.isEmpty
        default: nil
        }
    }
}

extension TermPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "term": term
        case "indexURL": indexURL
        default: nil
        }
    }
}

extension FeedView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "feed": feed
        case "entries": entries
        default: nil
        }
    }
}

extension SitemapView: MustacheParent {
    func child(named name: String) -> Any? {
        name == "urls" ? urls : nil
    }
}

extension RobotsView: MustacheParent {
    func child(named name: String) -> Any? {
        name == "sitemapURL" ? sitemapURL : nil
    }
}
