import SitegenMarkdown
import SitegenText

/// A series of posts (`series:` in front matter), read in order.
public struct Series: Sendable, Equatable {
    public var slug: String
    public var name: String
    /// Indices into `Site.posts`, in reading order: by `seriesPart`, then by date.
    public var postIndices: [Int]

    public var path: String { "series/\(slug)/" }
}

/// Someone who writes posts: from the posts' `authors`, with a profile when
/// `content/authors/<slug>.md` exists.
public struct Author: Sendable {
    public var slug: String
    public var name: String
    public var profile: AuthorProfile?
    /// Indices into `Site.posts`, newest first.
    public var postIndices: [Int]

    public var path: String { "authors/\(slug)/" }
}

extension Site {
    /// Groups posts into series, reporting two posts that claim one part of a series.
    static func makeSeries(_ posts: [Post]) -> ([Series], [Diagnostic]) {
        var groups: [String: (name: String, indices: [Int])] = [:]
        for (index, post) in posts.enumerated() {
            guard let name = post.series, !Slug.make(name).isEmpty else { continue }
            groups[Slug.make(name), default: (name, [])].indices.append(index)
        }
        var diagnostics: [Diagnostic] = []
        let series = groups.keys.sorted().map { slug -> Series in
            let group = groups[slug]!
            let ordered = group.indices.sorted { lhs, rhs in
                let left = (posts[lhs].seriesPart ?? Int.max, posts[lhs].date.date)
                let right = (posts[rhs].seriesPart ?? Int.max, posts[rhs].date.date)
                return left.0 != right.0 ? left.0 < right.0 : left.1 < right.1
            }
            var byPart: [Int: String] = [:]
            for index in ordered {
                guard let part = posts[index].seriesPart else { continue }
                if let first = byPart[part] {
                    diagnostics.append(
                        .error(
                            "part \(part) of the series '\(group.name)' is claimed by two posts",
                            file: posts[index].source,
                            notes: ["\(first): also part \(part)"]))
                } else {
                    byPart[part] = posts[index].source
                }
            }
            return Series(slug: slug, name: group.name, postIndices: ordered)
        }
        return (series, diagnostics)
    }

    /// Everyone named in `authors:` plus everyone with a profile, sorted by name.
    static func makeAuthors(_ posts: [Post], profiles: [AuthorProfile]) -> ([Author], [Diagnostic]) {
        var authors: [String: Author] = [:]
        var diagnostics: [Diagnostic] = []
        for profile in profiles {
            if let existing = authors[profile.slug] {
                diagnostics.append(
                    .error(
                        "two author profiles for '\(profile.name)'", file: profile.source,
                        notes: ["\(existing.profile?.source ?? ""): the other one"]))
                continue
            }
            authors[profile.slug] = Author(slug: profile.slug, name: profile.name, profile: profile, postIndices: [])
        }
        for (index, post) in posts.enumerated() {
            for name in post.authors {
                let slug = Slug.make(name)
                guard !slug.isEmpty else { continue }
                if authors[slug] == nil {
                    authors[slug] = Author(slug: slug, name: name, profile: nil, postIndices: [])
                }
                if authors[slug]?.postIndices.last != index { authors[slug]?.postIndices.append(index) }
            }
        }
        let sorted = authors.values.sorted {
            $0.name.lowercased() != $1.name.lowercased()
                ? $0.name.lowercased() < $1.name.lowercased() : $0.slug < $1.slug
        }
        return (sorted, diagnostics)
    }
}
