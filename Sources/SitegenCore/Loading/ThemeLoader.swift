import Foundation
import SitegenMarkdown
import SitegenText

/// The templates and assets a site renders with.
public struct Theme: Sendable {
    /// Page templates every theme must provide.
    public static let pageTemplates = ["base", "home", "post", "page", "tags", "tag", "404"]
    /// Templates for generated data files; a site's `templates/` may override them.
    public static let dataTemplates = ["atom", "sitemap", "robots"]
    /// Pages added after the first theme format: a site theme without them gets the built-in ones,
    /// which only rely on the `base` layout's `main` block.
    public static let optionalPageTemplates = [
        "archive", "corrections", "series", "authors", "author", "terms", "term",
    ]

    var library: TemplateLibrary
    /// Files copied to `assets/` in the output: output path relative to `assets/` -> contents.
    public var assets: [ThemeAsset]
    /// Whether the theme came from the site's own `templates/` folder.
    public var isSiteTheme: Bool
}

/// A theme file copied to the output as it is.
public struct ThemeAsset: Sendable, Equatable {
    /// Path relative to the output root (`assets/style.css`).
    public var outputPath: String
    public var source: CopySource
}

/// Loads the site's `templates/` folder, or the default theme compiled into sitegen when the
/// site has none; reports syntax errors and missing templates or partials as diagnostics.
public struct ThemeLoader: Sendable {
    public static let directory = "templates"

    public init() {}

    public func load(siteRoot: URL) -> (Theme?, [Diagnostic]) {
        let folder = siteRoot.appendingPathComponent(Self.directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            return loadEmbedded()
        }
        var sources: [String: TemplateSource] = [:]
        var assets: [ThemeAsset] = []
        for relative in SourceTree.files(under: folder) {
            let fileURL = folder.appendingPathComponent(relative)
            if relative.hasSuffix(".mustache") {
                let name = String(relative.dropLast(".mustache".count))
                let text = (try? String(contentsOf: fileURL, encoding: .utf8)) ?? ""
                sources[name] = TemplateSource(file: "\(Self.directory)/\(relative)", text: text)
            } else if relative.hasPrefix("assets/") {
                assets.append(ThemeAsset(outputPath: relative, source: .file(fileURL.path)))
            }
        }
        var diagnostics: [Diagnostic] = []
        for name in Theme.pageTemplates where sources[name] == nil {
            diagnostics.append(Diagnostic(.theme(.missingTemplate(name)), file: Self.directory))
        }
        // Data templates fall back to the built-in ones, so older themes keep working.
        for name in Theme.dataTemplates + Theme.optionalPageTemplates where sources[name] == nil {
            if let text = DefaultTheme.files["\(name).mustache"] {
                sources[name] = TemplateSource(file: "(built-in) \(name).mustache", text: text)
            }
        }
        let (library, compileDiagnostics) = compile(sources)
        diagnostics += compileDiagnostics
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (Theme(library: library, assets: assets, isSiteTheme: true), diagnostics)
    }

    /// The default theme, from the copy compiled into the binary.
    public func loadEmbedded() -> (Theme?, [Diagnostic]) {
        var sources: [String: TemplateSource] = [:]
        var assets: [ThemeAsset] = []
        for (path, text) in DefaultTheme.files {
            if path.hasSuffix(".mustache") {
                let name = String(path.dropLast(".mustache".count))
                sources[name] = TemplateSource(file: "(built-in) \(path)", text: text)
            } else if path.hasPrefix("assets/") {
                assets.append(ThemeAsset(outputPath: path, source: .text(text)))
            }
        }
        let (library, diagnostics) = compile(sources)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (
            Theme(library: library, assets: assets.sorted { $0.outputPath < $1.outputPath }, isSiteTheme: false),
            diagnostics
        )
    }

    func compile(_ sources: [String: TemplateSource]) -> (TemplateLibrary, [Diagnostic]) {
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            do {
                library.register(try TemplateParser.parse(source.text), named: name)
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .theme(.syntax(error.message)), file: source.file, line: error.line, column: error.column))
            }
            for reference in TemplateReferences.scan(source.text) where sources[reference.name] == nil {
                diagnostics.append(
                    Diagnostic(
                        .theme(.referenceNotFound(reference.name, isLayout: reference.isParent)), file: source.file,
                        line: reference.line, column: reference.column))
            }
        }
        return (library, diagnostics)
    }
}

struct TemplateSource {
    var file: String
    var text: String
}

/// Finds `{{> name}}` and `{{< name}}` references in template text, with their positions.
enum TemplateReferences {
    struct Reference: Equatable {
        var name: String
        var isParent: Bool
        var line: Int
        var column: Int
    }

    static func scan(_ text: String) -> [Reference] {
        var references: [Reference] = []
        var line = 1
        var column = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{", index + 2 < scalars.count, scalars[index + 1] == "{",
                scalars[index + 2] == ">" || scalars[index + 2] == "<"
            {
                var end = index + 3
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 3)..<end])).trimmingWhitespace()
                if !name.isEmpty, !name.hasPrefix("*") {
                    references.append(
                        Reference(name: name, isParent: scalars[index + 2] == "<", line: line, column: column))
                }
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return references
    }
}
