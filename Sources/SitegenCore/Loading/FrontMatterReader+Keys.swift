extension FrontMatterReader {
    /// Every key sitegen reads, with the Jekyll and Hugo spellings it folds in: an unknown key close
    /// to one of these is likely a typo of it.
    static let knownKeys = [
        "title", "date", "updated", "lastmod", "description", "summary", "excerpt", "tags", "keywords",
        "categories", "authors", "author", "draft", "published", "slug", "url", "permalink", "aliases",
        "redirect_from", "takeaways", "corrections", "series", "seriesPart", "name", "role", "links",
        "publishDate", "expiryDate", "sitemap",
    ]

    /// Keys Jekyll and Hugo sites often hold that sitegen keeps as params without a word, even when
    /// they look like a known key (`layout`, `weight`, `type`, `image`): see the README.
    static let keptKeys: Set<String> = [
        "layout", "comments", "weight", "type", "image", "images", "toc", "math", "menu", "menus", "share",
        "header", "hidden", "linkTitle", "subtitle",
    ]
}
