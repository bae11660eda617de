import Testing
@testable import MMIOCore

/// Register arrays: count and stride as expressions over other registers' fields (NVMe
/// `4 << CAP.DSTRD`, HPET `GCAP_ID.NUM_TIM_CAP + 1`), element names with the index.
@Suite struct RegisterArrayTests {
    let demo = """
    name: demo
    applies-to:
      - class: 01:08:02
    bar: 0
    registers:
      - name: CAP
        offset: 0x0
        width: 32
        access: RO
        fields:
          - {bits: 3:0, name: STRIDE}
          - {bits: 12:8, name: NUM}
      - name: Q%sDB
        offset: 0x100 + (4 << CAP.STRIDE)
        width: 32
        array: {count: CAP.NUM + 1, stride: 8 << CAP.STRIDE}
      - name: CH%sCTL
        offset: 0x40
        width: 16
        array: {count: 3, stride: 2, index: "A,B,C"}
    """

    func map() throws -> RegisterMap { try #require(try RegisterMapParser(file: "demo.yaml").parse(demo).first) }

    func error(_ text: String) -> String? {
        do { _ = try RegisterMapParser(file: "demo.yaml").parse(text); return nil } catch { return error.description }
    }

    /// A 32-bit CAP read from `cap`, every other register 0.
    func reading(_ cap: UInt64) -> (RegisterDefinition) -> UInt64 { { $0.name == "CAP" ? cap : 0 } }

    @Test func expressionsParseWithCPrecedenceAndPrintBack() throws {
        let e = try RegisterExpression(parsing: "0x1000 + 2 * 4 << CAP.DSTRD")
        #expect(e == .shiftLeft(.add(.number(0x1000), .multiply(.number(2), .number(4))), .field(FieldReference(register: "CAP", field: "DSTRD"))))
        #expect(try RegisterExpression(parsing: e.description) == e)
        #expect(e.references == [FieldReference(register: "CAP", field: "DSTRD")])
        #expect(try RegisterExpression(parsing: "(1 + 2) * 3").constant == 9)
        #expect(try RegisterExpression(parsing: "1 << 64").constant == nil)
        #expect(try RegisterExpression(parsing: "2 - 3").constant == nil)
        #expect(try RegisterExpression(parsing: "0xffffffffffffffff + 1").constant == nil)
        for bad in ["", "4 <<", "(1 + 2", "4 ? 2", "0xzz", "A.B.C"] {
            #expect(throws: RegisterExpressionError.self) { try RegisterExpression(parsing: bad) }
        }
        #expect(throws: RegisterExpressionError.self) { try RegisterExpression(parsing: String(repeating: "(", count: 40) + "1" + String(repeating: ")", count: 40)) }
    }

    @Test func elementsArePlacedByTheFieldsTheyRead() throws {
        let m = try map()
        // STRIDE 2 (16-byte doorbells), NUM 3 (4 queues).
        let cap: UInt64 = 0x0302
        let q1 = try #require(try m.register(named: "q1db", readBase: reading(cap))?.get())
        #expect(q1.name == "Q1DB")
        #expect(q1.offset == 0x100 + 16 + 1 * 32)
        guard case .failure(let e)? = m.register(named: "Q4DB", readBase: reading(cap)) else { Issue.record("Q4DB placed"); return }
        #expect(e.message == "has 4 elements on this device (count: CAP.NUM + 1): Q0DB … Q3DB")
        #expect(m.register(named: "Q01DB", readBase: reading(cap)) == nil)
        #expect(m.register(named: "QDB", readBase: reading(cap)) == nil)
        let b = try #require(try m.register(named: "CHBCTL", readBase: reading(cap))?.get())
        #expect(b.offset == 0x42)
        #expect(m.register(named: "CHDCTL", readBase: reading(cap)) == nil)
        // With STRIDE 0 the same names are 4 and 8 bytes apart.
        #expect(try m.register(named: "Q1DB", readBase: reading(0x0300))?.get().offset == 0x100 + 4 + 8)
    }

    @Test func placedRegistersStopAtTheEndOfTheSpace() throws {
        let m = try map()
        let placed = m.placedRegisters(within: 0x100 + 16 + 2 * 32) { (r: RegisterDefinition) -> UInt64 in r.name == "CAP" ? 0x1f02 : 0 }
        #expect(placed.map(\.register.name) == ["CAP", "CHACTL", "CHBCTL", "CHCCTL", "Q0DB", "Q1DB"])
        #expect(placed.map(\.offset) == [0, 0x40, 0x42, 0x44, 0x110, 0x130])
        // Names for completion, without reading: CAP.NUM is 5 bits, so up to 32 queues.
        #expect(m.registerNames().count == 1 + 32 + 3)
    }

    @Test func arrayErrorsNameTheLineAndField() {
        func with(_ array: String) -> String { demo.replacing("array: {count: 3, stride: 2, index: \"A,B,C\"}", with: array) }
        #expect(error(with("array: {count: 3, stride: 1}"))?.contains("demo.yaml:20: registers[2].array.stride: stride 1 is not a non-zero multiple of the 2-byte width") == true)
        #expect(error(with("array: {count: NOPE.X, stride: 2}"))?.contains("no register named NOPE") == true)
        #expect(error(with("array: {count: CAP.MISSING, stride: 2}"))?.contains("register CAP has no field MISSING") == true)
        #expect(error(with("array: {count: 2, stride: 2, index: \"A,B,C\"}"))?.contains("3 index names for a count of 2") == true)
        #expect(error(with("array: {count: 3 +, stride: 2}"))?.contains("registers[2].array.count: \"3 +\" is not an expression") == true)
        #expect(error(with("array: {stride: 2}"))?.contains("missing key count") == true)
        #expect(error(demo.replacing("CH%sCTL", with: "CHCTL"))?.contains("holds %s once") == true)
        #expect(error(demo + "\n  - {name: Q2DB, offset: 0x80, width: 32}")?.contains("register Q2DB has the name of an element of array Q%sDB") == true)
        #expect(error(demo.replacing("  - name: Q%sDB", with: "  - name: Q%s") .replacing("name: CAP\n", with: "name: Q1\n"))?.contains("has the name of an element") == true)
    }

    @Test func writerRoundTripsArrays() throws {
        let m = try map()
        let text = RegisterMapWriter().yaml(m)
        let back = try #require(try RegisterMapParser(file: "demo.yaml").parse(text).first)
        #expect(back.arrays == m.arrays)
        #expect(back.registers == m.registers)
    }

    @Test func shippedArraysUseTheSpecNames() throws {
        let shipped = RegisterMapCatalog.shipped
        let ahci = try #require(shipped.map(named: "ahci"))
        let p31 = try #require(try ahci.register(named: "P31CMD") { (_: RegisterDefinition) -> UInt64 in 0 }?.get())
        #expect(p31.offset == 0x100 + 31 * 0x80 + 0x18)
        #expect(ahci.register(named: "P32CMD") { (_: RegisterDefinition) -> UInt64 in 0 }.map { (try? $0.get()) == nil } == true)
        let hpet = try #require(shipped.map(named: "hpet"))
        // NUM_TIM_CAP = 2: timers 0, 1, 2.
        let gcap: (RegisterDefinition) -> UInt64 = { $0.name == "GCAP_ID" ? 0x0200 : 0 }
        #expect(try hpet.register(named: "T2_COMPARATOR", readBase: gcap)?.get().offset == 0x148)
        #expect(hpet.register(named: "T3_CONF_CAP", readBase: gcap).map { (try? $0.get()) == nil } == true)
        let nvme = try #require(shipped.map(named: "nvme"))
        let dstrd2: (RegisterDefinition) -> UInt64 = { $0.name == "CAP" ? 2 << 32 : 0 }
        #expect(try nvme.register(named: "SQ1TDBL", readBase: dstrd2)?.get().offset == 0x1000 + (2 * 1) * (4 << 2))
        #expect(try nvme.register(named: "CQ1HDBL", readBase: dstrd2)?.get().offset == 0x1000 + (2 * 1 + 1) * (4 << 2))
        #expect(try nvme.register(named: "CQ0HDBL", readBase: dstrd2)?.get().offset == 0x1010)
    }
}
