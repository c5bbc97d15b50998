import Foundation

extension PreparedSite {
    /// The config and theme a site was prepared with, and the fingerprint of the files they came
    /// from (nil outside the preview, which alone prepares a site again).
    struct Settings: Sendable {
        var fingerprint: Fingerprint?
        var config: SiteConfig
        /// Nil when the theme could not be loaded (the diagnostics say why).
        var theme: Theme?
        var diagnostics: [Diagnostic]
    }

    /// What a prepared site was made from.
    struct Inputs: Sendable {
        var settings: Settings
        var content: LoadedContent
        /// The diagnostics of assembly: they depend only on what a revision keeps.
        var siteDiagnostics: [Diagnostic]
        var planDiagnostics: [Diagnostic]
    }

    var settings: Settings { inputs.settings }

    /// This site with `content` in place of the content it was prepared from, when the two differ
    /// only in what no stage before rendering reads: the text of posts (their HTML, headings,
    /// prose, word count, summaries, descriptions, takeaways and params, and their titles where
    /// the path does not use them). Every other change (a file added or removed, a date, tags, a
    /// page, a profile, a post coming due at `now`) gives nil, and the caller assembles and plans anew.
    ///
    /// The routes and every diagnostic of assembly are kept, and the plan unless the posts that
    /// mention an index term changed; the term index and the renderer's views of the changed
    /// posts are made again. Unchanged files come
    /// back from the content cache as the same documents, so they are compared by identity.
    func revised(content: LoadedContent, now: Date, cache: ContentCache?, timings: StageTimings) -> PreparedSite? {
        let before = inputs.content
        if let due = site.nextPublication, due <= now { return nil }
        guard content.posts.count == before.posts.count, content.staticFiles == before.staticFiles,
            content.pages.map(\.sourceHash) == before.pages.map(\.sourceHash),
            content.pages.map(\.source) == before.pages.map(\.source),
            content.authors.map(\.sourceHash) == before.authors.map(\.sourceHash),
            content.authors.map(\.source) == before.authors.map(\.source)
        else { return nil }
        var revisedSite = site
        var changed: [Post.ID] = []
        // The same bytes with the same settings give the same document.
        for (old, new) in zip(before.posts, content.posts) where old !== new && old.sourceHash != new.sourceHash {
            guard new.hasSameStructure(as: old) else { return nil }
            let id = Post.ID(new.source)
            // Drafts and future posts are not in the site: nothing shows them.
            guard let position = revisedSite.position(of: id) else { continue }
            // A title is part of the path where a pattern uses `:title`.
            if new.title != old.title {
                var resolver = RouteResolver(routes: revisedSite.routes)
                guard resolver.path(of: new) == revisedSite.posts[position].path, resolver.diagnostics.isEmpty else {
                    return nil
                }
            }
            revisedSite.posts[position].document = new
            changed.append(id)
        }
        var timings = timings
        timings.end("assemble")
        let termIndex = changed.isEmpty ? self.termIndex : TermIndex(site: revisedSite, cache: cache?.termMentions)
        timings.end("index terms")
        var revisedInputs = inputs
        revisedInputs.content = content
        var revisedPlan = plan
        let renderer: PageRenderer
        if termIndex.plannedTerms == self.termIndex.plannedTerms {
            renderer = self.renderer.revised(site: revisedSite, termIndex: termIndex, posts: changed)
        } else {
            // A term is now mentioned by other posts: its page and the term index change.
            guard let theme = settings.theme else { return nil }
            revisedPlan = BuildPlanner().plan(site: revisedSite, theme: theme, termIndex: termIndex)
            guard !revisedPlan.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
            revisedInputs.planDiagnostics = revisedPlan.diagnostics
            renderer = PageRenderer(
                site: revisedSite, plan: revisedPlan, termIndex: termIndex, theme: theme, urls: self.renderer.urls)
        }
        timings.end("plan")
        var revision = PreparedSite(
            site: revisedSite, termIndex: termIndex, plan: revisedPlan, renderer: renderer,
            diagnostics: Diagnostic.sorted(
                settings.diagnostics + content.diagnostics + inputs.siteDiagnostics + revisedInputs.planDiagnostics),
            timings: timings, inputs: revisedInputs)
        revision.isRevision = true
        revision.isUnchanged =
            changed.isEmpty && content.diagnostics == before.diagnostics
            && content.staticFileStamps == before.staticFileStamps
        return revision
    }
}

extension PostDocument {
    /// Whether `other` is this post with another text: equal in every field assembly and
    /// planning read. The HTML, headings, prose, word count, summary, params, description and
    /// takeaways may differ (assembly only asks whether a post has a description or takeaways at
    /// all), and the title (the caller checks that the path stays the same).
    func hasSameStructure(as other: PostDocument) -> Bool {
        source == other.source && fileName == other.fileName && section == other.section && slug == other.slug
            && date == other.date && updated == other.updated && tagMentions == other.tagMentions
            && authorNames == other.authorNames && draft == other.draft
            && (description == nil && takeaways.isEmpty) == (other.description == nil && other.takeaways.isEmpty)
            && corrections == other.corrections && seriesName == other.seriesName
            && seriesPart == other.seriesPart && url == other.url && aliases == other.aliases
    }
}

extension TermIndex {
    /// What the plan reads of the index for one term.
    struct PlannedTerm: Equatable {
        var slug: String
        /// The posts that mention it.
        var posts: [Post.ID]
    }

    var plannedTerms: [PlannedTerm] {
        entries.map { entry in PlannedTerm(slug: entry.slug, posts: entry.documents.map { post(of: $0) }) }
    }
}
