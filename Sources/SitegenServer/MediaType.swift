/// The `Content-Type` for a file name, by extension.
enum MediaType {
    static let html = "text/html; charset=utf-8"

    static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "xml": "application/xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff2": "font/woff2", "woff": "font/woff", "ttf": "font/ttf", "otf": "font/otf",
        "csv": "text/csv; charset=utf-8",
        "mp4": "video/mp4", "webm": "video/webm", "mp3": "audio/mpeg",
        "zip": "application/zip",
    ]

    static func forFile(_ file: String) -> String {
        guard let dot = file.lastIndex(of: "."), !file[dot...].contains("/") else {
            return "application/octet-stream"
        }
        let ext = file[file.index(after: dot)...].lowercased()
        // Feeds are served as XML so that browsers show them instead of downloading them.
        return byExtension[ext] ?? "application/octet-stream"
    }
}
