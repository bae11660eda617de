import Foundation
import Testing
@testable import MMIOCore

/// SVD forms real vendors' files use (Tests/Fixtures/svd/vendor-forms.svd, written for these
/// tests): access spellings, derivedFrom at every level, nested clusters, dim arrays and dim
/// lists, and broken elements skipped with a warning naming the line and the element.
@Suite struct SVDVendorFormsTests {
    static let path = Fixtures.directory + "/svd/vendor-forms.svd"

    func imported() throws -> SVDImport {
        try SVDImporter(file: "vendor-forms.svd").importing(String(contentsOfFile: Self.path, encoding: .utf8))
    }

    func timer0() throws -> RegisterMap { try #require(try imported().maps.first { $0.name == "TIMER0" }) }

    /// Every register on a device, names and offsets, array elements placed.
    func placed(_ map: RegisterMap) -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for p in map.placedRegisters(within: 0x1000, readBase: { (_: RegisterDefinition) -> UInt64 in 0 }) { out[p.register.name] = p.offset }
        return out
    }

    @Test func accessSpellingsAreCaseInsensitive() throws {
        let t = try timer0()
        #expect(t.register(named: "TASKS_START")?.fields.first?.access == .writeOnly)
        let shorts = try #require(t.register(named: "SHORTS"))
        #expect(shorts.field(named: "COMPARE0_CLEAR")?.access == .readWrite)   // read-writeonce inherited
        #expect(shorts.field(named: "LOCK")?.access == .writeOnly)             // writeOnce
        #expect(shorts.field(named: "ODD")?.access == .readOnly)               // unknown: read-only, warned
        #expect(t.arrays.first { $0.name == "CC%s" }?.element.fields.first?.access == .readWrite)   // Read-Write
    }

    @Test func derivedFromAtEveryLevel() throws {
        let t = try timer0()
        let shorts = try #require(t.register(named: "SHORTS"))
        // Field derived from a sibling: its values, its own bit offset.
        let c1 = try #require(shorts.field(named: "COMPARE1_CLEAR"))
        #expect(c1.bits == BitRange(bit: 1))
        #expect(c1.values.map(\.name) == ["Disabled", "Enabled"])
        // enumeratedValues derived by name.
        #expect(shorts.field(named: "COMPARE2_STOP")?.values.map(\.name) == ["Disabled", "Enabled"])
        // Registers derived by name and by dotted path, their own offset (and access) kept.
        let copy = try #require(t.register(named: "SHORTS_COPY"))
        #expect(copy.offset == 0x204 && copy.fields.map(\.name) == shorts.fields.map(\.name))
        let byPath = try #require(t.register(named: "SHORTS_BY_PATH"))
        #expect(byPath.offset == 0x208 && byPath.field(named: "COMPARE0_CLEAR")?.access == .readOnly)
        // A cluster derived from another, at its own offset.
        let p = placed(t)
        #expect(p["EVENTS2_COMPARE"] == 0x340)
        #expect(p["EVENTS2_CH1_FLAG"] == 0x300 + 0x10 + 0x8 + 0x4)
        // A peripheral derived from another: the same registers at another base.
        let t1 = try #require(try imported().maps.first { $0.name == "TIMER1" })
        #expect(t1.registers == t.registers && t1.arrays == t.arrays)
        #expect(t1.selectors == [.physical(0x4000_9000)])
    }

    @Test func clustersAndDimArrays() throws {
        let t = try timer0()
        let p = placed(t)
        #expect(p["EVENTS_COMPARE"] == 0x140)
        #expect(t.register(named: "EVENTS_COMPARE")?.readSideEffect == "reading clears the register (SVD readAction clear)")
        #expect(p["EVENTS_CH0_FLAG"] == 0x114 && p["EVENTS_CH1_FLAG"] == 0x11c)
        // A register dim becomes an array: CC[%s] → CC0 … CC3, PSEL%s with dimIndex A,B,C.
        let cc = try #require(t.arrays.first { $0.name == "CC%s" })
        #expect(cc.count == .number(4) && cc.stride == .number(4) && cc.indexNames == nil)
        #expect(p["CC3"] == 0x54c)
        let psel = try #require(t.arrays.first { $0.name == "PSEL%s" })
        #expect(psel.indexNames == ["A", "B", "C"])
        #expect(p["PSELC"] == 0x620)
        #expect(try t.register(named: "pselb", readBase: { (_: RegisterDefinition) -> UInt64 in 0 })?.get().offset == 0x610)
        // The written map reads back with its arrays.
        let back = try RegisterMapParser(file: "w.yaml").parse(RegisterMapWriter().yaml(t))
        #expect(back.first?.arrays == t.arrays)
    }

    @Test func brokenElementsAreSkippedWithTheirLineAndElement() throws {
        let result = try imported()
        let w = result.warnings.map(\.description)
        #expect(result.maps.map(\.name) == ["TIMER0", "TIMER1"])
        func has(_ text: String) -> Bool { w.contains { $0.contains(text) } }
        #expect(has("vendor-forms.svd:32: peripheral TIMER0.SHORTS.BROKEN: no bit position"), "\(w)")
        #expect(has("vendor-forms.svd:33: peripheral TIMER0.SHORTS.OVERLAP: bits 2:1 overlap field COMPARE1_CLEAR; skipped"), "\(w)")
        #expect(has("vendor-forms.svd:35: peripheral TIMER0.SHORTS.ODD.access: \"sometimes\" is not an SVD access"), "\(w)")
        #expect(has("vendor-forms.svd:62: peripheral TIMER0.LOST.derivedFrom: derives from NOWHERE, which is not in this file; skipped"), "\(w)")
        #expect(has("vendor-forms.svd:66: peripheral TIMER0.NO_OFFSET.addressOffset: missing <addressOffset>; skipped"), "\(w)")
        #expect(has("vendor-forms.svd:69: peripheral TIMER0.HALF.size: register size 12 is not 8, 16, 32 or 64; skipped"), "\(w)")
        #expect(has("peripheral NOBASE.baseAddress: missing <baseAddress>; skipped"), "\(w)")
        let t = try timer0()
        for gone in ["LOST", "NO_OFFSET", "HALF"] { #expect(t.register(named: gone) == nil) }
        #expect(t.register(named: "SHORTS")?.field(named: "BROKEN") == nil)
    }
}
