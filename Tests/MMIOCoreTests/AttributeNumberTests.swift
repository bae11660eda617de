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

    @Test func attributeReadsTheWholeFileUpToAPageAndRefusesMore() throws {
        let dir = TemporaryDirectory()
        let page = Array(repeating: UInt8(ascii: "a"), count: 4096)
        FileIO.write(dir.path + "/page", page)
        FileIO.write(dir.path + "/short", Array("0x10\n".utf8))
        FileIO.write(dir.path + "/long", page + [0x0a])
        let attributes = try MachineRoot(dir.path).directory("/")
        #expect(try attributes.read("page", role: .attribute) == page)
        #expect(try attributes.read("short", role: .attribute) == Array("0x10\n".utf8))
        #expect(throws: FileAccessError.self) { try attributes.read("missing", role: .attribute) }
        do {
            _ = try attributes.read("long", role: .attribute)
            Issue.record("a 4097-byte attribute was read")
        } catch {
            #expect(error.problem == .tooLarge(limit: 4096), "past a page is an error, never a silent cut")
        }
    }
}
