import Testing
@testable import MMIOCore

/// Map files: what parses, and errors that name file, line and field.
@Suite struct RegisterMapParserTests {
    let minimal = """
    name: demo
    applies-to:
      - class: 01:08:02
    bar: 0
    registers:
      - name: CTRL
        offset: 0x10
        width: 32
        fields:
          - {bits: 0, name: EN}
          - {bits: 7:4, name: MODE, values: {0: OFF, 2: "FAST: full speed"}}
          - {bits: 8, name: ERR, access: RW1C}
    """

    func parse(_ text: String) throws(RegisterMapError) -> [RegisterMap] {
        try RegisterMapParser(file: "demo.yaml").parse(text)
    }

    func error(_ text: String) -> RegisterMapError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func parsesRegistersFieldsAndValues() throws {
        let map = try #require(try parse(minimal).first)
        #expect(map.name == "demo")
        #expect(map.title == "demo")
        #expect(map.selectors == [.pciClass(base: 1, sub: 8, progIF: 2)])
        #expect(map.bar == 0)
        let ctrl = try #require(map.register(named: "ctrl"))
        #expect(ctrl.offset == 0x10)
        #expect(ctrl.width == .bits32)
        #expect(ctrl.fields.map(\.name) == ["EN", "MODE", "ERR"])
        let mode = try #require(ctrl.field(named: "MODE"))
        #expect(mode.bits == BitRange(lsb: 4, msb: 7))
        #expect(mode.values == [EnumeratedValue(value: 0, name: "OFF"), EnumeratedValue(value: 2, name: "FAST", description: "full speed")])
        #expect(ctrl.field(named: "ERR")?.access == .writeOneToClear)
        #expect(ctrl.decode(0x1_21).fieldsLine == "EN=1 MODE=2 (FAST) ERR=1")
    }

    @Test func registerWithoutFieldsIsOneField() throws {
        let map = try #require(try parse("""
        name: r
        applies-to: [{iomem: HPET 0}]
        registers:
          - {name: COUNTER, offset: 0xf0, width: 64, access: RO}
        """).first)
        let r = try #require(map.register(named: "COUNTER"))
        #expect(r.fields == [FieldDefinition(name: "COUNTER", bits: BitRange(lsb: 0, msb: 63), access: .readOnly)])
        #expect(map.selectors == [.iomemRegion("HPET 0")])
        #expect(map.bar == nil)
    }

    @Test func multipleDocumentsAreMultipleMaps() throws {
        let maps = try parse(minimal + "\n---\n" + minimal.replacingOccurrences(of: "name: demo", with: "name: demo2"))
        #expect(maps.map(\.name) == ["demo", "demo2"])
    }

    @Test func badBitRangeNamesLineAndField() {
        let e = error(minimal.replacingOccurrences(of: "bits: 7:4", with: "bits: 40:33"))
        #expect(e == RegisterMapError(file: "demo.yaml", line: 11, field: "registers[0].fields[1].bits",
                                      message: "\"40:33\" is not a bit range inside a 32-bit register (msb:lsb, e.g. 15:8)"))
        #expect(e?.description.hasPrefix("demo.yaml:11: registers[0].fields[1].bits: ") == true)
    }

    @Test func overlappingFieldsAreRefused() {
        let e = error(minimal.replacingOccurrences(of: "bits: 8, name: ERR", with: "bits: 5, name: ERR"))
        #expect(e?.line == 12)
        #expect(e?.field == "registers[0].fields[2].bits")
        #expect(e?.message == "bits 5 of ERR overlap bits 7:4 of MODE")
    }

    @Test func unknownKeyIsATypo() {
        let e = error(minimal.replacingOccurrences(of: "width: 32", with: "widht: 32"))
        #expect(e?.field == "registers[0].widht")
        #expect(e?.line == 8)
        #expect(e?.message.hasPrefix("unknown key widht") == true)
    }

    @Test func misalignedOffset() {
        let e = error(minimal.replacingOccurrences(of: "offset: 0x10", with: "offset: 0x12"))
        #expect(e?.field == "registers[0].offset")
        #expect(e?.line == 7)
    }

    @Test func valueThatDoesNotFitTheField() {
        let e = error(minimal.replacingOccurrences(of: "2: \"FAST", with: "16: \"FAST"))
        #expect(e?.field == "registers[0].fields[1].values[16]")
        #expect(e?.message == "value 16 does not fit the 4-bit field MODE")
    }

    @Test func unknownAccessAndMissingBar() {
        #expect(error(minimal.replacingOccurrences(of: "access: RW1C", with: "access: RW2C"))?.message
                == "\"RW2C\" is not an access type (RW, RO, WO, RW1C or reserved)")
        let noBar = error(minimal.replacingOccurrences(of: "bar: 0\n", with: ""))
        #expect(noBar?.field == "bar")
        #expect(noBar?.line == 1)
    }

    @Test func brokenYAMLReportsItsLine() {
        let e = error("name: x\nregisters: [\n  - {name: A\n")
        #expect(e?.file == "demo.yaml")
        #expect(e?.line == 3)
        #expect(e?.message.hasPrefix("not valid YAML") == true)
    }

    @Test func summaryMustNameFields() {
        let e = error(minimal.replacingOccurrences(of: "    width: 32\n", with: "    width: 32\n    summary: \"{EN}.{NOPE}\"\n"))
        #expect(e?.field == "registers[0].summary")
        #expect(e?.message == "{NOPE} names no field of CTRL")
    }

    @Test func relativeToMustNameARegister() {
        let e = error(minimal.replacingOccurrences(of: "    width: 32\n", with: "    width: 32\n    relative-to: BASE.LEN\n"))
        #expect(e?.field == "registers[0].relative-to")
        #expect(e?.message == "no register named BASE in this map")
    }

    @Test func selectorsAndMatchingSpecificity() throws {
        let map = try #require(try parse("""
        name: s
        applies-to:
          - {pci: 8086:10d3, subsystem: 8086:0000}
          - {pci: 1234:11e8}
          - {class: "04:03"}
        bar: 2
        registers: []
        """).first)
        #expect(map.selectors == [
            .pciDevice(vendor: 0x8086, device: 0x10d3, subsystemVendor: 0x8086, subsystemDevice: 0),
            .pciDevice(vendor: 0x1234, device: 0x11e8, subsystemVendor: nil, subsystemDevice: nil),
            .pciClass(base: 4, sub: 3, progIF: nil),
        ])
        let hda = PCIFunction(address: PCIAddress(bus: 0, device: 5, function: 0), vendorID: 0x8086, deviceID: 0x2668, classCode: 0x040300)
        #expect(map.specificity(for: hda, bar: 2) == 2)
        #expect(map.specificity(for: hda, bar: 0) == nil)
        let nic = PCIFunction(address: PCIAddress(bus: 0, device: 6, function: 0), vendorID: 0x8086, deviceID: 0x10d3, classCode: 0x020000,
                              subsystemVendorID: 0x8086, subsystemDeviceID: 0)
        #expect(map.specificity(for: nic, bar: 2) == 5)
        #expect(error("name: s\napplies-to: [{pci: 8086-10d3}]\nbar: 0\nregisters: []\n")?.field == "applies-to[0].pci")
    }

    @Test func writerOutputParsesBackToTheSameMaps() throws {
        for map in RegisterMapCatalog.shipped.maps {
            let text = RegisterMapWriter().yaml(map)
            let back = try #require(try RegisterMapParser(file: map.source).parse(text).first)
            #expect(back == map, "\(map.name) does not round-trip through RegisterMapWriter")
        }
    }
}
