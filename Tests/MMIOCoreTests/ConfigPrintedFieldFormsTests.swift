import Testing
@testable import MMIOCore

/// The printed forms the extended capabilities' tables use: a field put back at its place
/// (`.times`), the names of the set bits, and a size in bytes with a binary unit.
@Suite struct ConfigPrintedFieldFormsTests {
    typealias P = ConfigPrintedField

    @Test func addressFieldAtItsPlace() {
        let d = ConfigFieldTable.bits("BaseAddr", 63, 12, .readWrite)
        let p = ConfigPrintedField("BaseAddr", "BaseAddr ", .hex(16), scale: .times(4096))
        #expect(p.text(raw: 0xfee00, definition: d) == "BaseAddr 00000000fee00000")
        #expect(p.value(raw: 0xfee00, definition: d) == .number(0xfee0_0000))
    }

    @Test func namesOfTheSetBits() {
        let d = ConfigFieldTable.bits("Sizes", 31, 4, .readOnly)
        let p = P("Sizes", "supported: ", .setBitNames(["512KB", "1MB", "2MB", "4MB"]))
        #expect(p.text(raw: 0b1010, definition: d) == "supported: 1MB 4MB")
        #expect(p.text(raw: 0b1_0000, definition: d) == "supported: ", "a bit beyond the names is left out")
        #expect(p.value(raw: 0b1010, definition: d) == .number(0b1010))
    }

    @Test func sizeInBytes() {
        let d = ConfigFieldTable.bits("WindowSize", 13, 8, .readOnly)
        let s = P("Current", "current size: ", .size, suffix: ",")
        #expect(s.text(raw: 256 << 20, definition: d) == "current size: 256MB,")
        #expect(s.text(raw: 1536, definition: d) == "current size: 1536B,")
    }
}
