import Testing
@testable import MMIOCore

/// A Resizable BAR capability with several entries prints one `BAR n:` line per entry, as
/// lspci does (PCIe Base 6.0 §7.8.6): each entry's control register starts a line of its own
/// instead of running onto the entry before it, as label-less registers otherwise do.
@Suite struct ResizableBAREntryLinesTests {
    @Test func everyEntryHasItsOwnLine() throws {
        let text = MachineRoot(Fixtures.directory).readText("/dumps/pciutils/cap-rebar.lspci") ?? ""
        let function = try #require(LspciDumpParser.parse(text).functions.first)
        var bytes = function.config.bytes
        // The capability at 0x200: two resizable BARs (control bits 7:5 = 2), the second one
        // BAR 2 with sizes 256 MB-2 GB supported and 32 MB (size code 5) selected.
        bytes[0x208] = 0x40
        bytes.replaceSubrange(0x20c..<0x214, with: [0x00, 0xf0, 0x00, 0x00, 0x02, 0x05, 0x00, 0x00])
        let decoded = DecodedFunction.decode(address: function.address, config: ConfigSpace(bytes: bytes))
        let lines = ShowTextRenderer.lines(decoded, names: PCIIDs(), verbosity: 2)
        let start = try #require(lines.firstIndex { $0.contains("Physical Resizable BAR") })
        #expect(Array(lines[(start + 1)...(start + 2)]) == [
            "\t\tBAR 0: current size: 256MB, supported: 256MB 512MB 1GB 2GB 4GB",
            "\t\tBAR 2: current size: 32MB, supported: 256MB 512MB 1GB 2GB",
        ])
    }
}
