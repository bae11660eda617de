/// Resizable BAR extended capability (ID 0x0015; 0x0024 is the VF variant), PCIe Base 6.0
/// §7.8.6 and §9.3.7.5, decoded from `ResizableBARLayout`.
public enum ResizableBARDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: entry.id == 0x24 ? "VF Resizable BAR" : "Physical Resizable BAR")
        b.addTable(ResizableBARLayout.registers(base: entry.offset, in: context.config))
        return b.result
    }
}
