import Testing
@testable import MMIOCore

@Suite struct TargetParserTests {
    let nvme = PCIAddress(bus: 0, device: 3, function: 0)

    @Test func everyForm() throws {
        #expect(try TargetParser.parse("00:03.0/config+0x10") == .config(nvme, offset: 0x10))
        #expect(try TargetParser.parse("0000:00:03.0/config") == .config(nvme, offset: 0))
        #expect(try TargetParser.parse("00:03.0/bar0+0x08") == .bar(nvme, index: 0, offset: 8))
        #expect(try TargetParser.parse("00:03.0/bar2+16") == .bar(nvme, index: 2, offset: 16))
        #expect(try TargetParser.parse("phys:0xfed000f0") == .physical(0xfed000f0))
        #expect(try TargetParser.parse("phys:0xfed0_00f0") == .physical(0xfed000f0))
        #expect(try TargetParser.parse("port:0x70") == .port(0x70))
        #expect(try TargetParser.parse("file:/tmp/a+b.bin+0x10") == .file(path: "/tmp/a+b.bin", offset: 0x10))
        #expect(try TargetParser.parse("file:/tmp/regs.bin") == .file(path: "/tmp/regs.bin", offset: 0))
        #expect(try TargetParser.parse("00:03.0/bar0/CAP.MQES") == .named(.bar(nvme, index: 0), register: "CAP", field: "MQES"))
        #expect(try TargetParser.parse("00:03.0/bar0/VS") == .named(.bar(nvme, index: 0), register: "VS", field: nil))
        #expect(try TargetParser.parse("iomem:HPET 0/MAIN_COUNTER") == .named(.iomemRegion("HPET 0"), register: "MAIN_COUNTER", field: nil))
    }

    @Test(arguments: ["foo", "00:03.0", "00:03.0/bar6", "00:03.0/bar0+zz", "zz:03.0/bar0", "phys:", "phys:0xg",
                      "port:0x10000", "file:", "00:03.0/config/REG", "00:03.0/bar0+4/REG", "iomem:HPET 0",
                      "00:03.0/bar0/A.B.C", "00:03.0/rom"])
    func rejectsWithGrammar(_ text: String) {
        #expect {
            try TargetParser.parse(text)
        } throws: { error in
            let message = (error as? TargetParser.SyntaxError)?.description ?? ""
            return message.contains("cannot parse target '\(text)'") && message.contains("<device>/barN+OFF")
        }
    }

    @Test func numbers() {
        #expect(TargetParser.parseNumber("0x1F") == 31)
        #expect(TargetParser.parseNumber("31") == 31)
        #expect(TargetParser.parseNumber("0x") == nil)
        #expect(TargetParser.parseNumber("-1") == nil)
    }

    @Test func descriptionRoundTrips() throws {
        for text in ["00:03.0/bar0+0x08", "phys:0xfed000f0", "port:0x0070", "00:03.0/config+0x10"] {
            let t = try TargetParser.parse(text)
            #expect(try TargetParser.parse(t.description) == t)
        }
    }
}
