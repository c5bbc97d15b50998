import Mustache

extension ParentLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        default: nil
        }
    }
}

extension TagGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "tags": tags
        default: nil
        }
    }
}

extension ArchiveYearView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "year": year
        case "count": count
        case "months": months
        default: nil
        }
    }
}

extension ArchiveMonthView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "number": number
        case "count": count
        case "posts": posts
        default: nil
        }
    }
}

extension CorrectionEntryView: MustacheParent {
    func child(named name: String) -> Any? {
        name == "post" ? post : correction.child(named: name)
    }
}

extension SeriesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        case "url": url
        case "feedURL": feedURL
        case "total": parts.count
        case "parts": parts
        case "part": part
        case "previous": previous
        case "next": next
        default: nil
        }
    }
}

extension SeriesPartView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "date": date
        case "part": part
        case "isCurrent": isCurrent
        default: nil
        }
    }
}

extension AuthorLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        case "url": url
        case "feedURL": feedURL
        case "count": count
        case "role": role
        case "posts": posts
        case "hasPosts": posts.map { !$0.isEmpty }
        case "bio": profile?.html
        case "links": profile?.links
        case "hasLinks": profile.map { !$0.links.isEmpty }
        default: nil
        }
    }
}

extension ProfileLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}

extension TermLetterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "letter": letter
        case "terms": terms
        default: nil
        }
    }
}

extension TermLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "term": term
        case "slug": slug
        case "url": url
        case "postCount": postCount
        case "mentionCount": mentionCount
        case "summary": summary
        default: nil
        }
    }
}

extension TermView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "term": term
        case "slug": slug
        case "postCount": posts.count
        case "mentionCount": mentionCount
        case "posts": posts
        case "summary": summary
        default: nil
        }
    }
}

extension TermPostView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "date": date
        case "count": count
        case "countText": countText
        case "snippets": snippets
        default: nil
        }
    }
}

extension TermSnippetView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "before": snippet.before
        case "match": snippet.match
        case "after": snippet.after
        case "url": url
        default: nil
        }
    }
}
