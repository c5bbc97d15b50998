import Foundation
import SitegenMarkdown

// How `ParsedPostStore` writes and reads a post, its stamp and its warnings: every field, in the
// order of `PostDocument`'s initializer.

extension BinaryWriter {
    mutating func write(_ value: Fingerprint) {
        write(value.high)
        write(value.low)
    }

    mutating func write(_ stamp: FileStamp) {
        write(Int(stamp.size))
        write(Int(stamp.modified))
        write(Int(stamp.changed))
        write(stamp.inode)
    }

    mutating func write(_ diagnostic: Diagnostic) {
        write(diagnostic.severity.rawValue)
        write(diagnostic.message)
        write(diagnostic.notes) { $0.write($1) }
        write(diagnostic.file) { $0.write($1) }
        write(diagnostic.line) { $0.write($1) }
        write(diagnostic.column) { $0.write($1) }
    }

    mutating func write(_ date: FormattedDate) {
        write(date.date.timeIntervalSinceReferenceDate)
        write(date.iso)
        write(date.day)
        write(date.display)
        write(date.monthName)
    }

    mutating func write(_ mention: NameMention) {
        write(mention.name)
        write(mention.line) { $0.write($1) }
        write(mention.column) { $0.write($1) }
        write(mention.key) { $0.write($1) }
    }

    mutating func write(_ param: ParamValue) {
        switch param {
        case .text(let text):
            write(0)
            write(text)
        case .list(let values):
            write(1)
            write(values) { $0.write($1) }
        case .map(let values):
            write(2)
            write(values.keys.sorted()) { writer, key in
                writer.write(key)
                writer.write(values[key]!)
            }
        }
    }

    /// The body as one counted run of bytes, so a reader can skip it and decode it later: its
    /// stored bytes as they are when it was never decoded, else the HTML and the prose.
    mutating func write(body: PostBody) {
        if let stored = body.stored {
            write(stored.range.count)
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: stored.bytes.buffer[stored.range]))
            withExtendedLifetime(stored.bytes) {}
            return
        }
        var inner = BinaryWriter()
        let contents = body.contents
        inner.write(contents.html)
        inner.write(contents.textBlocks) { writer, block in
            writer.write(block.text)
            writer.write(block.headingID) { $0.write($1) }
        }
        write(inner.bytes.count)
        bytes.append(contentsOf: inner.bytes)
    }

    mutating func write(_ post: PostDocument) {
        write(post.source)
        write(post.fileName)
        write(post.section)
        write(post.slug)
        write(post.title)
        write(post.date)
        write(post.updated) { $0.write($1) }
        write(post.description) { $0.write($1) }
        write(post.summary)
        write(post.tagMentions) { $0.write($1) }
        write(post.authorNames) { $0.write($1) }
        write(post.draft)
        write(.map(post.params))
        write(body: post.body)
        write(post.headings) { writer, heading in
            writer.write(heading.level)
            writer.write(heading.text)
            writer.write(heading.id)
            writer.write(heading.line)
        }
        write(post.wordCount)
        write(post.takeaways) { writer, line in
            writer.write(line.html)
            writer.write(line.text)
        }
        write(post.corrections) { writer, correction in
            writer.write(correction.date)
            writer.write(correction.html)
            writer.write(correction.text)
        }
        write(post.seriesName) { $0.write($1) }
        write(post.seriesPart) { $0.write($1) }
        write(post.url) { $0.write($1) }
        write(post.aliases) { $0.write($1) }
        write(post.visibility.publishDate) { $0.write($1.timeIntervalSinceReferenceDate) }
        write(post.visibility.expiryDate) { $0.write($1.timeIntervalSinceReferenceDate) }
        write(post.visibility.inSitemap)
        write(post.sourceHash)
    }
}

extension BinaryReader {
    mutating func readFingerprint() throws -> Fingerprint {
        Fingerprint(high: try readUInt64(), low: try readUInt64())
    }

    mutating func readStamp() throws -> FileStamp {
        FileStamp(
            size: Int64(try readInt()), modified: Int64(try readInt()), changed: Int64(try readInt()),
            inode: try readUInt64())
    }

    /// A stored warning, repeated word for word.
    mutating func readDiagnostic() throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try readString()) else { throw Damaged() }
        let kind = Diagnostic.Kind.repeated(
            severity: severity, message: try readString(), notes: try readArray { try $0.readString() })
        return Diagnostic(
            kind, file: try readOptional { try $0.readString() }, line: try readOptional { try $0.readInt() },
            column: try readOptional { try $0.readInt() })
    }

    mutating func readDate() throws -> FormattedDate {
        FormattedDate(
            date: Date(timeIntervalSinceReferenceDate: try readDouble()), iso: try readString(), day: try readString(),
            display: try readString(), monthName: try readString())
    }

    mutating func readMention() throws -> NameMention {
        NameMention(
            name: try readString(), line: try readOptional { try $0.readInt() },
            column: try readOptional { try $0.readInt() }, key: try readOptional { try $0.readString() })
    }

    mutating func readParam() throws -> ParamValue {
        switch try readInt() {
        case 0: return .text(try readString())
        case 1: return .list(try readArray { try $0.readParam() })
        case 2:
            var values: [String: ParamValue] = [:]
            for _ in 0..<(try readCount()) {
                values[try readString()] = try readParam()
            }
            return .map(values)
        default: throw Damaged()
        }
    }

    /// What `write(body:)` wrote, less its count.
    mutating func readBodyContents() throws -> PostBody.Contents {
        PostBody.Contents(
            html: try readString(),
            textBlocks: try readArray {
                TextBlock(text: try $0.readString(), headingID: try $0.readOptional { try $0.readString() })
            })
    }

    mutating func readPost() throws -> PostDocument {
        let source = try readString()
        let fileName = try readString()
        let section = try readString()
        let slug = try readString()
        let title = try readString()
        let date = try readDate()
        let updated = try readOptional { try $0.readDate() }
        let description = try readOptional { try $0.readString() }
        let summary = try readString()
        let tags = try readArray { try $0.readMention() }
        let authors = try readArray { try $0.readString() }
        let draft = try readBool()
        guard case .map(let params) = try readParam() else { throw Damaged() }
        let body = PostBody(stored: self.source, range: skip(try readCount()))
        let headings = try readArray { reader in
            Heading(
                level: try reader.readInt(), text: try reader.readString(), id: try reader.readString(),
                line: try reader.readInt())
        }
        let wordCount = try readInt()
        let takeaways = try readArray { InlineText(html: try $0.readString(), text: try $0.readString()) }
        let corrections = try readArray {
            Correction(date: try $0.readDate(), html: try $0.readString(), text: try $0.readString())
        }
        let seriesName = try readOptional { try $0.readString() }
        let seriesPart = try readOptional { try $0.readInt() }
        return PostDocument(
            source: source, fileName: fileName, section: section, slug: slug, title: title, date: date,
            updated: updated, description: description, summary: summary, tagMentions: tags, authorNames: authors,
            draft: draft, params: params, body: body, headings: headings, wordCount: wordCount,
            takeaways: takeaways, corrections: corrections, seriesName: seriesName, seriesPart: seriesPart,
            url: try readOptional { try $0.readMention() },
            aliases: try readArray { try $0.readMention() },
            visibility: Visibility(
                publishDate: try readOptional { Date(timeIntervalSinceReferenceDate: try $0.readDouble()) },
                expiryDate: try readOptional { Date(timeIntervalSinceReferenceDate: try $0.readDouble()) },
                inSitemap: try readBool()),
            sourceHash: try readFingerprint())
    }
}
