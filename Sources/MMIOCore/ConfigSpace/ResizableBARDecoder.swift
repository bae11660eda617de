/// Resizable BAR extended capability (ID 0x0015; 0x0024 is the VF variant), PCIe Base 6.0
/// §7.8.6: for each resizable BAR an 8-byte entry: capability (bit n of 31:4 set = size
/// 2^(n+16) bytes supported, i.e. bit 4 = 1MB), control (BAR index 2:0, number of resizable
/// BARs 7:5 in the first entry, current size 13:8 encoded as 2^(n+20) bytes).
public enum ResizableBARDecoder: CapabilityDecoder {
    static func size(_ exponent: Int) -> String { humanSize(UInt64(1) << UInt64(exponent)) + "B" }

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: entry.extendedID == .vfResizableBAR ? "VF Resizable BAR" : "Physical Resizable BAR")
        let count = b.value(8, 4).map { Int(($0 >> 5) & 7) } ?? 1
        for i in 0..<max(1, min(count, 6)) {
            // lspci: `BAR 0: current size: 256MB, supported: 1MB 2MB ...` (control first, one line).
            b.add("BAR entry \(i) ctl", 8 + 8 * i, 4) { r in [[
                F.number("BARIndex", r, low: 0, count: 3) { "BAR \($0):" },
                F.number("CurrentSize", r, low: 8, count: 6, decode: { UInt64(1) << ($0 + 20) }) { "current size: " + humanSize($0) + "B," },
            ]] }
            b.add("BAR entry \(i) cap", 4 + 8 * i, 4) { r in
                let sizes = (4..<32).filter { (r >> UInt64($0)) & 1 == 1 }.map { size($0 + 16) }
                return [[F.number("SupportedSizes", r, low: 4, count: 28) { _ in "supported: " + sizes.joined(separator: " ") }]]
            }
        }
        b.capability.registers = b.capability.registers.map {
            ConfigRegister(name: $0.name, offset: $0.offset, width: $0.width, raw: $0.raw, lines: $0.lines, printedName: "")
        }
        return b.result
    }
}
