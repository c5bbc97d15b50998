// The root views of the templates, exposed to templates by name.

extension PageContext: TemplateRepresentable where Content: TemplateObject {}

extension PageContext: TemplateObject where Content: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "site": TemplateValue(site)
        case "meta": TemplateValue(meta)
        default: content.child(named: name)
        }
    }
}

extension HomeView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "posts": TemplateValue(posts)
        case "pagination": TemplateValue(pagination)
        default: nil
        }
    }
}

extension PostPageView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "post": TemplateValue(post)
        case "series": TemplateValue(series)
        case "previous": TemplateValue(previous)
        case "next": TemplateValue(next)
        default: nil
        }
    }
}

extension StandalonePageView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        name == "page" ? TemplateValue(page) : nil
    }
}

extension TagIndexView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "tags": TemplateValue(tags)
        case "hasTags": TemplateValue(!tags.isEmpty)
        case "groups": TemplateValue(groups)
        case "isGrouped": TemplateValue(isGrouped)
        default: nil
        }
    }
}

extension TagPageView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "tag": TemplateValue(tag)
        case "posts": TemplateValue(posts)
        case "pagination": TemplateValue(pagination)
        case "parent": TemplateValue(parent)
        case "children": TemplateValue(children)
        case "hasChildren": TemplateValue(!children.isEmpty)
        default: nil
        }
    }
}

extension ArchiveView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "years": TemplateValue(years)
        case "hasPosts": TemplateValue(!years.isEmpty)
        default: nil
        }
    }
}

extension CorrectionsView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "corrections": TemplateValue(corrections)
        case "hasCorrections": TemplateValue(!corrections.isEmpty)
        default: nil
        }
    }
}

extension NotFoundView: TemplateObject {
    func child(named name: String) -> TemplateValue? { nil }
}

extension SeriesPageView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        name == "series" ? TemplateValue(series) : nil
    }
}

extension AuthorIndexView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "authors": TemplateValue(authors)
        case "hasAuthors": TemplateValue(!authors.isEmpty)
        default: nil
        }
    }
}

extension AuthorPageView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        name == "author" ? TemplateValue(author) : nil
    }
}

extension TermIndexView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "letters": TemplateValue(letters)
        case "hasTerms": TemplateValue(!letters.isEmpty)
        default: nil
        }
    }
}

extension TermPageView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "term": TemplateValue(term)
        case "indexURL": TemplateValue(indexURL)
        default: nil
        }
    }
}

extension FeedView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "feed": TemplateValue(feed)
        case "entries": TemplateValue(entries)
        default: nil
        }
    }
}

extension SitemapView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        name == "urls" ? TemplateValue(urls) : nil
    }
}

extension RobotsView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        name == "sitemapURL" ? TemplateValue(sitemapURL) : nil
    }
}
