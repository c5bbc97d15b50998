/// JSON written for a `<script>` element (JSON-LD): object keys sorted, `/` left as it is, and
/// every character that could end the element or open a comment in the HTML parser's script
/// states (`<`, `>`, `&`), or end a line in old JavaScript parsers (U+2028, U+2029), written as a
/// `\u` escape. Written directly: Foundation's `JSONSerialization` cost about 7% of a full build
/// (perf, 10,000 posts), most of it sorting `AnyHashable` keys.
public enum ScriptJSON: Equatable, Sendable {
    case string(String)
    case array([ScriptJSON])
    case object([String: ScriptJSON])

    /// The compact JSON text of this value.
    public var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(into bytes: inout [UInt8]) {
        switch self {
        case .string(let string):
            Self.write(string, into: &bytes)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                value.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.write(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                members[key]?.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func write(_ string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes.append(contentsOf: #"\""#.utf8)
            case 0x5C: bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x00..<0x20, 0x26, 0x3C, 0x3E, 0x2028, 0x2029:
                bytes.append(contentsOf: #"\u"#.utf8)
                for shift in [12, 8, 4, 0] { bytes.append(hexDigits[Int(scalar.value >> UInt32(shift)) & 0xF]) }
            case 0x20..<0x80:
                bytes.append(UInt8(scalar.value))
            default:
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
