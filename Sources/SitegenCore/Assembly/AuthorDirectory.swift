import SitegenText

/// Everyone named in `authors:` plus everyone with a profile, sorted by name; a name's identity
/// is its slug, so a profile `mara-lindqvist.md` belongs to "Mara Lindqvist".
struct AuthorDirectory {
    private(set) var authors: [Author] = []
    /// Each post's authors, in the order of the posts given.
    private(set) var postAuthors: [[Author.ID]] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(posts: [PostDocument], profiles: [AuthorProfile], routes: Routes) {
        var bySlug: [String: Author] = [:]
        for profile in profiles {
            if let existing = bySlug[profile.slug] {
                let duplicate = Diagnostic.SiteProblem.duplicateProfile(
                    name: profile.name, other: existing.profile?.source ?? "")
                diagnostics.append(Diagnostic(.site(duplicate), file: profile.source, line: 1, column: 1))
                continue
            }
            let id = Author.ID(profile.slug)
            bySlug[profile.slug] = Author(
                id: id, name: profile.name, profile: profile, posts: [], path: routes.author(id))
        }
        for post in posts {
            var ids: [Author.ID] = []
            for name in post.authorNames {
                let slug = Slug.make(name)
                let id = Author.ID(slug)
                guard !slug.isEmpty, !ids.contains(id) else { continue }
                ids.append(id)
                if bySlug[slug] == nil {
                    bySlug[slug] = Author(id: id, name: name, profile: nil, posts: [], path: routes.author(id))
                }
                bySlug[slug]?.posts.append(Post.ID(post.source))
            }
            postAuthors.append(ids)
        }
        authors = bySlug.values.sorted {
            $0.name.lowercased() != $1.name.lowercased() ? $0.name.lowercased() < $1.name.lowercased() : $0.id < $1.id
        }
    }
}
