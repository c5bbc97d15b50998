/// The view of an Atom feed: its posts were chosen by the planner.
extension PageRenderer {
    func feedView(_ feed: FeedPlan) -> FeedView {
        let feedPath = Routes.feed(of: feed.pagePath)
        let posts = feed.posts.map { site.post($0) }
        let entries = posts.map { post in
            FeedEntryView(
                post: post, url: urls.absolute(post.path), summary: summary(post.id),
                contentXML: feed.fullContent ? feedContent[post.id] : nil)
        }
        let info = FeedInfoView(
            title: feed.title, id: urls.absolute(feedPath), selfURL: urls.absolute(feedPath),
            alternateURL: urls.absolute(feed.pagePath),
            updated: posts.map(\.lastModified).max()?.iso ?? "1970-01-01T00:00:00Z")
        return FeedView(feed: info, entries: entries)
    }
}
