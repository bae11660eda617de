import Testing
@testable import MMIOCore

/// The printed forms a layout table can ask for: tokens attached without a space, values
/// looked up in a table or multiplied, and a bitmap as ranges. Checked on a register made up
/// here (its bytes are in the test), so each rule is seen on its own.
@Suite struct ConfigPrintedFieldTests {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static func decode(_ layout: ConfigRegisterLayout, _ bytes: [UInt8]) throws -> ConfigRegister {
        try #require(ConfigTableDecoder.register(layout, base: 0, in: ConfigSpace(bytes: bytes)))
    }

    @Test func attachedTokensJoinTheFirstFieldsText() throws {
        let layout = ConfigRegisterLayout(label: "Status", offset: 0, width: .bits16, fields: [
            T.bits("Function", 2, 0, .readOnly), T.bits("Device", 7, 3, .readOnly), T.bits("Bus", 15, 8, .readOnly),
        ], spec: "test", printed: [[
            P.hex("Bus", "Dev=", 2, suffix: ":"), P.hex("Device", "", 2, suffix: ".").attachedToPrevious(),
            P.decimal("Function", "").attachedToPrevious(), P.flag("Function", "Again"),
        ]])
        // bus 0x12, device 3, function 5
        let r = try Self.decode(layout, [0x1d, 0x12])
        #expect(r.lines.first?.map(\.text) == ["Dev=12:03.5", "", "", "Again+"])
        #expect(r.field("Device")?.raw == 3 && r.field("Device")?.lowBit == 3 && r.field("Device")?.bitCount == 5)
        #expect(r.field("Function")?.value == .number(5))
        #expect(ShowTextRenderer.registerLines(r, indent: "") == ["Status: Dev=12:03.5 Again+"])
    }

    @Test func oneFieldPrintedTwiceStaysOneField() throws {
        let layout = ConfigRegisterLayout(label: "BAR", offset: 0, width: .bits32, fields: [
            T.bits("Location", 3, 0, .readOnly), T.bits("Offset", 23, 4, .readOnly), T.rsvdP(31, 24),
        ], spec: "test", printed: [[
            P.hex("Offset", "Offset=", 8), P.hex("Offset", " (0x", 1, scale: .times(4), suffix: " bytes)").attachedToPrevious(),
        ]])
        let r = try Self.decode(layout, [0x4f, 0x00, 0x00, 0x00])
        #expect(r.fields.filter { $0.name == "Offset" }.count == 1)
        #expect(r.field("Offset")?.text == "Offset=00000004 (0x10 bytes)")
        #expect(r.field("Location")?.text == "", "not printed, still a field")
    }

    @Test func lookupTimesAndRanges() {
        let splits = P.Scale.lookup([1, 2, 3, 4, 8, 12, 16, 32])
        #expect(splits.apply(4) == 8 && splits.apply(7) == 32 && splits.apply(8) == 0)
        #expect(P.Scale.times(4).apply(0x10) == 0x40)
        #expect(P.Scale.times(2).apply(.max) == .max &- 1, "wraps instead of trapping")
        let d = T.bits("Bitmap", 31, 0, .readOnly)
        let p = P("Bitmap", "Devices: ", .bitRanges)
        #expect(p.text(raw: 0xff, definition: d) == "Devices: 0-7")
        #expect(p.text(raw: 0b1_1010, definition: d) == "Devices: 1, 3-4")
        #expect(p.text(raw: 1 << 31, definition: d) == "Devices: 31")
        #expect(p.text(raw: 0, definition: d) == "Devices: none")
        #expect(p.value(raw: 0xff, definition: d) == .number(0xff))
        let trigger = T.bits("Trigger", 1, 0, .readWrite, values: [(0, "disabled"), (1, "fatal")])
        #expect(P("Trigger", "Trigger:", .code).text(raw: 1, definition: trigger) == "Trigger:1")
        #expect(P("Trigger", "Trigger:", .code).value(raw: 1, definition: trigger) == .text("fatal"))
        #expect(P("Trigger", "Trigger:", .code).value(raw: 3, definition: trigger) == .text("reserved(3)"))
    }
}
