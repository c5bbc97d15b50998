extension ParentLinkView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "url": TemplateValue(url)
        default: nil
        }
    }
}

extension TagGroupView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "url": TemplateValue(url)
        case "tags": TemplateValue(tags)
        default: nil
        }
    }
}

extension ArchiveYearView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "year": TemplateValue(year)
        case "count": TemplateValue(count)
        case "months": TemplateValue(months)
        default: nil
        }
    }
}

extension ArchiveMonthView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "number": TemplateValue(number)
        case "count": TemplateValue(count)
        case "posts": TemplateValue(posts)
        default: nil
        }
    }
}

extension CorrectionEntryView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        name == "post" ? TemplateValue(post) : correction.child(named: name)
    }
}

extension SeriesView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "slug": TemplateValue(slug)
        case "url": TemplateValue(url)
        case "feedURL": TemplateValue(feedURL)
        case "total": TemplateValue(parts.count)
        case "parts": TemplateValue(parts)
        case "part": TemplateValue(part)
        case "previous": TemplateValue(previous)
        case "next": TemplateValue(next)
        default: nil
        }
    }
}

extension SeriesPartView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "url": TemplateValue(url)
        case "date": TemplateValue(date)
        case "part": TemplateValue(part)
        case "isCurrent": TemplateValue(isCurrent)
        default: nil
        }
    }
}

extension AuthorLinkView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "slug": TemplateValue(slug)
        case "url": TemplateValue(url)
        case "feedURL": TemplateValue(feedURL)
        case "count": TemplateValue(count)
        case "role": TemplateValue(role)
        case "posts": TemplateValue(posts)
        case "hasPosts": TemplateValue(posts.map { !$0.isEmpty })
        case "bio": TemplateValue(profile?.html)
        case "links": TemplateValue(profile?.links)
        case "hasLinks": TemplateValue(profile.map { !$0.links.isEmpty })
        default: nil
        }
    }
}

extension ProfileLink: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "url": TemplateValue(url)
        default: nil
        }
    }
}

extension TermLetterView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "letter": TemplateValue(letter)
        case "terms": TemplateValue(terms)
        default: nil
        }
    }
}

extension TermLinkView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "term": TemplateValue(term)
        case "slug": TemplateValue(slug)
        case "url": TemplateValue(url)
        case "postCount": TemplateValue(postCount)
        case "mentionCount": TemplateValue(mentionCount)
        case "summary": TemplateValue(summary)
        default: nil
        }
    }
}

extension TermView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "term": TemplateValue(term)
        case "slug": TemplateValue(slug)
        case "postCount": TemplateValue(posts.count)
        case "mentionCount": TemplateValue(mentionCount)
        case "posts": TemplateValue(posts)
        case "summary": TemplateValue(summary)
        default: nil
        }
    }
}

extension TermPostView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "url": TemplateValue(url)
        case "date": TemplateValue(date)
        case "count": TemplateValue(count)
        case "countText": TemplateValue(countText)
        case "snippets": TemplateValue(snippets)
        default: nil
        }
    }
}

extension TermSnippetView: TemplateObject {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "before": TemplateValue(snippet.before)
        case "match": TemplateValue(snippet.match)
        case "after": TemplateValue(snippet.after)
        case "url": TemplateValue(url)
        default: nil
        }
    }
}
