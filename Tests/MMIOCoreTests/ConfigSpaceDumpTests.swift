import Testing
@testable import MMIOCore

@Suite struct ConfigSpaceDumpTests {
    /// The byte-wise data-line reader keeps the text reader's rules: 2 to 8 offset digits, a
    /// colon, then two-digit bytes after single spaces, stopping at the first thing that is not.
    @Test func dataLinesReadByteWise() {
        #expect(LspciDumpParser.dataLine("40: 11 00 Ab fF")! == (0x40, [0x11, 0x00, 0xab, 0xff]))
        #expect(LspciDumpParser.dataLine("ffffffff: 01")! == (0xffff_ffff, [0x01]))
        #expect(LspciDumpParser.dataLine("100000000: 01") == nil)   // nine digits
        #expect(LspciDumpParser.dataLine("4: 01") == nil)           // one digit
        #expect(LspciDumpParser.dataLine("40 01") == nil)           // no colon
        #expect(LspciDumpParser.dataLine("40: 11 2")! == (0x40, [0x11]))
        #expect(LspciDumpParser.dataLine("40: 11 zz 22")! == (0x40, [0x11]))
        #expect(LspciDumpParser.dataLine("40:  11")! == (0x40, []))   // two spaces end the bytes
        #expect(LspciDumpParser.dataLine("40: １１")! == (0x40, []))   // fullwidth digits are no hex
        #expect(LspciDumpParser.headerLine("40: 11 00") == nil)
        #expect(LspciDumpParser.headerLine("00:1f.3 Audio")?.0 == PCIAddress(bus: 0, device: 0x1f, function: 3))
    }

    @Test func parsesHeaderLinesDataLinesAndIgnoresDecodedText() throws {
        let text = """
        00:03.0 Non-Volatile memory controller: Red Hat, Inc. QEMU NVM Express Controller (rev 02)
        \tSubsystem: Red Hat, Inc. Device 1100
        \tControl: I/O+ Mem+ BusMaster+
        00: 36 1b 10 00 07 05 10 00 02 02 08 01 00 00 00 00
        10: 04 00 b5 fe 00 00 00 00

        0001:02:1f.7 Something
        00: 86 80 34 12\r
        \r
        """
        let dump = LspciDumpParser.parse(text)
        #expect(dump.functions.count == 2)
        let a = dump.functions[0]
        #expect(a.address == PCIAddress(bus: 0, device: 3, function: 0))
        #expect(a.description.hasPrefix("Non-Volatile memory controller"))
        #expect(a.config.count == 0x18)
        #expect(a.config.u16(0) == 0x1b36)
        #expect(a.config.u32(0x10) == 0xfeb5_0004)
        let b = dump.functions[1]
        #expect(b.address == PCIAddress(domain: 1, bus: 2, device: 0x1f, function: 7))
        #expect(b.config.bytes == [0x86, 0x80, 0x34, 0x12])
        #expect(b.line == 7)
    }

    @Test func gapsReadAsAllOnesUpToTheHighestOffset() {
        let dump = LspciDumpParser.parse("00:01.0 x\n00: 01 02\n40: aa\n")
        let c = dump.functions[0].config
        #expect(c.count == 0x41)
        #expect(c.u8(0x02) == 0xff)
        #expect(c.u8(0x40) == 0xaa)
        #expect(c.u8(0x41) == nil)
    }

    @Test func malformedBytesEndTheLineAndBytesBeyond4096AreDropped() {
        let dump = LspciDumpParser.parse("00:01.0 x\n00: 01 0g 03\nffe: 11 22 33 44\n")
        let c = dump.functions[0].config
        #expect(c.u8(0) == 0x01)
        #expect(c.u8(1) == 0xff)
        #expect(c.count == 4096)
        #expect(c.u16(0xffe) == 0x2211)
    }

    @Test func linesOutsideAFunctionAndBadHeadersAreIgnored() {
        let dump = LspciDumpParser.parse("00: 01 02\n0:1.0 short\n123:00:01.0 three-digit domain\nhello\n")
        #expect(dump.functions.isEmpty)
    }

    @Test func writerRoundTripsThroughTheParser() {
        var bytes: [UInt8] = []
        for i in 0..<4096 { bytes.append(UInt8(truncatingIfNeeded: i &* 7)) }
        let original = LspciDump(functions: [
            .init(address: PCIAddress(bus: 0, device: 3, function: 0), description: "NVMe", config: ConfigSpace(bytes: bytes), line: 1),
            .init(address: PCIAddress(domain: 0x10, bus: 1, device: 0, function: 1), description: "x", config: ConfigSpace(bytes: Array(bytes.prefix(64))), line: 260),
        ])
        let text = LspciDumpWriter.write(original)
        #expect(text.hasPrefix("00:03.0 NVMe\n00: 00 07 0e 15"))
        #expect(text.contains("\n100: "))
        #expect(text.contains("\n\n0010:01:00.1 x\n"))
        let parsed = LspciDumpParser.parse(text)
        #expect(parsed.functions.map(\.address) == original.functions.map(\.address))
        #expect(parsed.functions.map(\.description) == original.functions.map(\.description))
        let sameBytes = parsed.functions.map(\.config) == original.functions.map(\.config)
        #expect(sameBytes, "config bytes survive writer → parser")
        #expect(parsed.functions.map(\.line) == [1, 259])
    }

    @Test func q35FixtureDumpMatchesTheFixtureConfigs() throws {
        let text = try #require(MachineRoot(Fixtures.directory).readText("/dumps/q35.lspci"))
        let dump = LspciDumpParser.parse(text)
        let machine = Machine.load(root: Fixtures.root("q35"), pciIDs: "/nonexistent")
        #expect(dump.functions.map(\.address) == machine.functions.map(\.address))
        for (d, f) in zip(dump.functions, machine.functions) {
            #expect(d.config == f.config, "\(f.address)")
        }
        let fromDump = Machine.fromDump(dump, path: "q35.lspci", pciIDs: "/nonexistent")
        #expect(fromDump.functions.map(\.vendorID) == machine.functions.map(\.vendorID))
        #expect(fromDump.functions.map(\.classCode) == machine.functions.map(\.classCode))
    }
}
