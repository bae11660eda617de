import Testing
@testable import MMIOCore

@Suite struct TargetParserTests {
    let nvme = PCIAddress(bus: 0, device: 3, function: 0)

    @Test func everyForm() throws {
        #expect(try TargetParser.parse("00:03.0/config+0x10") == .config(nvme, offset: 0x10))
        #expect(try TargetParser.parse("00:03.0/config+16") == .config(nvme, offset: 16))
        #expect(try TargetParser.parse("0000:00:03.0/config") == .config(nvme, offset: 0))
        #expect(try TargetParser.parse("00:03.0/bar0+0x08") == .bar(nvme, index: 0, offset: 8))
        #expect(try TargetParser.parse("00:03.0/bar0") == .bar(nvme, index: 0, offset: 0))
        #expect(try TargetParser.parse("00:03.0/bar2+16") == .bar(nvme, index: 2, offset: 16))
        #expect(try TargetParser.parse("00:03.0/bar5+0b100") == .bar(nvme, index: 5, offset: 4))
        #expect(try TargetParser.parse("00:03.0/rom") == .bar(nvme, index: 6, offset: 0))
        #expect(try TargetParser.parse("00:03.0/rom+0x1c") == .bar(nvme, index: 6, offset: 0x1c))
        #expect(try TargetParser.parse("phys:0xfed000f0") == .physical(0xfed000f0))
        #expect(try TargetParser.parse("phys:0xfed0_00f0") == .physical(0xfed000f0))
        #expect(try TargetParser.parse("phys:4275044592") == .physical(0xfed000f0))
        #expect(try TargetParser.parse("port:0x70") == .port(0x70))
        #expect(try TargetParser.parse("port:0xffff") == .port(0xffff))
        #expect(try TargetParser.parse("file:/tmp/a+b.bin+0x10") == .file(path: "/tmp/a+b.bin", offset: 0x10))
        #expect(try TargetParser.parse("file:/tmp/a+b.bin") == .file(path: "/tmp/a+b.bin", offset: 0))
        #expect(try TargetParser.parse("file:/tmp/regs.bin") == .file(path: "/tmp/regs.bin", offset: 0))
        #expect(try TargetParser.parse("00:03.0/bar0/CAP.MQES") == .named(.bar(nvme, index: 0), register: "CAP", field: "MQES"))
        #expect(try TargetParser.parse("00:03.0/bar0/VS") == .named(.bar(nvme, index: 0), register: "VS", field: nil))
        #expect(try TargetParser.parse("00:1f.2/bar5/P0-CMD.ST") == .named(.bar(PCIAddress(bus: 0, device: 0x1f, function: 2), index: 5), register: "P0-CMD", field: "ST"))
        #expect(try TargetParser.parse("00:03.0/bar0/DOORBELL[3]") == .named(.bar(nvme, index: 0), register: "DOORBELL[3]", field: nil))
        #expect(try TargetParser.parse("iomem:HPET 0/MAIN_COUNTER") == .named(.iomemRegion("HPET 0"), register: "MAIN_COUNTER", field: nil))
        #expect(try TargetParser.parse("iomem:PCI Bus 0000:00/CAP.X") == .named(.iomemRegion("PCI Bus 0000:00"), register: "CAP", field: "X"))
    }

    /// Each refusal names the offending part and shows the grammar.
    @Test(arguments: [
        ("foo", "expected <device>/config+OFF"),
        ("00:03.0", "expected <device>/config+OFF"),
        ("zz:03.0/bar0", "'zz:03.0' is not a PCI address"),
        ("00:03.0/bar6", "'bar6' is not config, bar0..bar5 or rom"),
        ("00:03.0/bar00", "'bar00' is not config, bar0..bar5 or rom"),
        ("00:03.0/bar", "'bar' is not config, bar0..bar5 or rom"),
        ("00:03.0/bar-1", "'bar-1' is not config, bar0..bar5 or rom"),
        ("00:03.0/BAR0", "'BAR0' is not config, bar0..bar5 or rom"),
        ("00:03.0/roms", "'roms' is not config, bar0..bar5 or rom"),
        ("00:03.0/configx+4", "'configx' is not config"),
        ("00:03.0/", "'' is not config"),
        ("00:03.0/bar0+zz", "offset 'zz' is not a number"),
        ("00:03.0/bar0+", "offset '' is not a number: empty"),
        ("00:08.0/config++4", "'++4' has more than one '+'"),
        ("00:08.0/config+4+4", "'+4+4' has more than one '+'"),
        ("00:08.0/config+4 ", "offset '4 ' is not a number"),
        ("00:08.0/config+010", "leading zero is ambiguous"),
        ("00:08.0/config+ff", "hex needs the 0x prefix"),
        ("00:08.0/bar0+0x10000000000000000", "does not fit in 64 bits"),
        ("phys:", "address '' is not a number"),
        ("phys:0xg", "address '0xg' is not a number"),
        ("phys:0x10+4", "address '0x10+4' is not a number"),
        ("phys:fed000f0", "hex needs the 0x prefix"),
        ("port:0x10000", "port 0x10000 is beyond the I/O port space"),
        ("port:0x70/x", "port '0x70/x' is not a number"),
        ("file:", "missing file path"),
        ("file:+0x10", "missing file path before '+'"),
        ("00:03.0/config/REG", "is not a name setpci knows"),
        ("00:03.0/config+0x4/COMMAND", "use either config+OFF or config/NAME"),
        ("00:03.0/rom/REG", "only bar0..bar5 have named registers"),
        ("00:03.0/bar0+4/REG", "use either barN+OFF or barN/REG, not both"),
        ("00:03.0/bar0/CAP/X", "'/X' trails the register name"),
        ("00:03.0/bar0/", "expected REG or REG.FIELD"),
        ("00:03.0/bar0/A.B.C", "expected REG or REG.FIELD"),
        ("00:03.0/bar0/CAP.", "expected REG or REG.FIELD"),
        ("00:03.0/bar0/CAP+4", "'CAP+4' is not a register or field name"),
        ("00:03.0/bar0/CAP X", "'CAP X' is not a register or field name"),
        ("iomem:HPET 0", "expected iomem:NAME/REG"),
        ("iomem:/REG", "missing region name"),
        ("iomem:HPET 0/", "expected REG or REG.FIELD"),
    ])
    func rejectsNamingThePart(_ text: String, _ part: String) {
        #expect {
            try TargetParser.parse(text)
        } throws: { error in
            let message = (error as? TargetParser.SyntaxError)?.description ?? ""
            return message.hasPrefix("cannot parse target '\(text)': ") && message.contains(part) && message.contains("<device>/barN+OFF")
        }
    }

    @Test func descriptionRoundTrips() throws {
        for text in ["00:03.0/bar0+0x08", "phys:0xfed000f0", "port:0x0070", "00:03.0/config+0x10", "00:03.0/rom+0x00",
                     "file:/tmp/a+b+0x4", "00:03.0/bar0/CAP.MQES", "iomem:HPET 0/MAIN_COUNTER"] {
            let t = try TargetParser.parse(text)
            #expect(try TargetParser.parse(t.description) == t)
        }
        #expect(Target.bar(nvme, index: 6, offset: 0x10).description == "00:03.0/rom+0x10")
    }

    /// Moving a target is checked: past 2^64 - 1 (or port 0xffff) there is no target.
    @Test func advancedIsChecked() {
        #expect(Target.physical(0xffff_ffff_ffff_fff0).advanced(by: 0xf) == .physical(.max))
        #expect(Target.physical(0xffff_ffff_ffff_fff0).advanced(by: 0x10) == nil)
        #expect(Target.bar(nvme, index: 0, offset: .max).advanced(by: 1) == nil)
        #expect(Target.config(nvme, offset: 4).advanced(by: 4) == .config(nvme, offset: 8))
        #expect(Target.port(0xfffe).advanced(by: 1) == .port(0xffff))
        #expect(Target.port(0xfffe).advanced(by: 2) == nil)
        #expect(Target.file(path: "/x", offset: .max).advanced(by: 1) == nil)
    }
}
