import Testing
@testable import MMIOCore

@Suite struct AttributeNumberTests {
    @Test func hexAttributes() {
        #expect(AttributeNumber.hex(Array("0x1b36\n".utf8)) == 0x1b36)
        #expect(AttributeNumber.hex(Array("0X01080F\n".utf8)) == 0x01080f)
        #expect(AttributeNumber.hex(Array("ffff".utf8)) == 0xffff)
        #expect(AttributeNumber.hex(Array("0x\n".utf8)) == nil)
        #expect(AttributeNumber.hex(Array("0xzz\n".utf8)) == nil)
        #expect(AttributeNumber.hex(Array("\n".utf8)) == nil)
    }

    @Test func decimalAttributes() {
        #expect(AttributeNumber.decimal(Array("23\n".utf8)) == 23)
        #expect(AttributeNumber.decimal(Array("-1\n".utf8)) == -1)
        #expect(AttributeNumber.decimal(Array(" 0 ".utf8)) == 0)
        #expect(AttributeNumber.decimal(Array("1a\n".utf8)) == nil)
        #expect(AttributeNumber.decimal(Array("-\n".utf8)) == nil)
    }

    @Test func attributeReadsTheWholeFile() throws {
        let dir = TemporaryDirectory()
        let long = Array(repeating: UInt8(ascii: "a"), count: 10_000)
        FileIO.write(dir.path + "/long", long)
        #expect(FileIO.readAttribute(dir.path + "/long") == long)
        FileIO.write(dir.path + "/short", Array("0x10\n".utf8))
        #expect(FileIO.readAttribute(dir.path + "/short") == Array("0x10\n".utf8))
        #expect(FileIO.readAttribute(dir.path + "/missing") == nil)
    }
}
