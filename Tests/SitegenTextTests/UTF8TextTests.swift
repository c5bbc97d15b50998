import Testing

@testable import SitegenText

@Suite struct UTF8TextTests {
    @Test func validTextDecodes() {
        #expect(UTF8Text.decode(Array("naïve café\n".utf8)) == .success("naïve café\n"))
        #expect(UTF8Text.decode([UInt8]()) == .success(""))
    }

    @Test(
        arguments: [
            // A Latin-1 byte, a cut-off sequence at the end, an overlong slash, a surrogate.
            ([0x61, 0x0A, 0x62, 0xA9], 2, 2, 3, 0xA9),
            ([0x61, 0x62, 0xE2, 0x82], 1, 3, 2, 0xE2),
            ([0xC3, 0xA9, 0xC0, 0xAF], 1, 2, 2, 0xC0),
            ([0x0A, 0x0A, 0xED, 0xA0, 0x80], 3, 1, 2, 0xED),
        ] as [([UInt8], Int, Int, Int, UInt8)])
    func theFirstInvalidByteIsLocated(_ bytes: [UInt8], line: Int, column: Int, offset: Int, byte: UInt8) {
        guard case .failure(let invalid) = UTF8Text.decode(bytes) else {
            Issue.record("\(bytes) decoded")
            return
        }
        #expect(invalid == UTF8Text.Invalid(line: line, column: column, offset: offset, byte: byte))
    }

    @Test func theByteIsNamedInHex() {
        #expect(UTF8Text.Invalid(line: 1, column: 1, offset: 0, byte: 0x0A).byteDescription == "byte 0x0A")
        #expect(UTF8Text.Invalid(line: 1, column: 1, offset: 0, byte: 0xE9).byteDescription == "byte 0xE9")
    }
}
