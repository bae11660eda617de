/// Single Root I/O Virtualization extended capability (ID 0x0010), PCIe Base 6.0 §9.3.3,
/// decoded from `SRIOVLayout`. The VF BARs also read as lspci's `Region n: Memory at …
/// (64-bit, prefetchable)` lines: one value from a BAR's type bits and one or two dwords.
public enum SRIOVDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Single Root I/O Virtualization (SR-IOV)")
        b.addTable(SRIOVLayout.registers(base: entry.offset, in: context.config))
        let regions = self.regions(base: entry.offset, in: context.config)
        let at = b.capability.registers.firstIndex { $0.name == SRIOVLayout.migration.label } ?? b.capability.registers.endIndex
        b.capability.registers.insert(contentsOf: regions, at: at)
        return b.result
    }

    /// `Region n` for each VF BAR that is not zero, 64-bit ones over two dwords (BAR5 alone
    /// when it claims 64 bits, as lspci reads it); none past the bytes read.
    static func regions(base: Int, in config: ConfigSpace) -> [ConfigRegister] {
        var out: [ConfigRegister] = []
        var i = 0
        while i < 6 {
            let at = base + 0x24 + 4 * i
            guard let low = config.value(at: at, width: 4) else { break }
            if low == 0 { i += 1; continue }
            let isIO = low & 1 == 1
            let is64 = !isIO && (low >> 1) & 3 == 2
            let width = is64 && i < 5 ? 8 : 4
            guard let r = config.value(at: at, width: width) else { break }
            let address = isIO ? r & ~3 : r & ~0xf
            // lspci prints a 64-bit VF BAR with all 16 digits.
            var text = (isIO ? "I/O ports" : "Memory") + " at " + hex(address, isIO ? 4 : is64 ? 16 : 8)
            if !isIO { text += " (" + (is64 ? "64-bit" : "32-bit") + ", " + (r & 8 != 0 ? "prefetchable" : "non-prefetchable") + ")" }
            out.append(ConfigRegister(name: "Region \(i)", offset: at, width: width, raw: r,
                                      lines: [[ConfigField.derived("VFBAR\(i)", raw: r, value: .number(address), text: text)]]))
            i += width == 8 ? 2 : 1
        }
        return out
    }
}
