/// Virtual Channel (IDs 0x0002 and 0x0009) and Multi-Function Virtual Channel (ID 0x0008)
/// extended capabilities, PCIe Base 6.0 §7.9.1/§7.9.2, decoded from `VirtualChannelLayout`.
public enum VirtualChannelDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let name = ExtendedCapabilityID(rawValue: entry.id) == .multiFunctionVirtualChannel ? "Multi-Function Virtual Channel" : "Virtual Channel"
        var b = CapabilityBuilder(entry, context, space: .extended, name: name)
        b.addTable(VirtualChannelLayout.registers(base: entry.offset, in: context.config))
        // A VC with a port arbitration table (PATOffset != 0, PCIe 6.0 §7.9.1.6 and §7.9.1.11):
        // hwx does not decode the table; it says where it is, as lspci notes it with `<?>`.
        for r in b.capability.registers where r.name.hasSuffix("Caps") && r.name.hasPrefix("VC") {
            guard let offset = r.field("PATOffset")?.raw, offset != 0 else { continue }
            let vc = r.name.dropLast(" Caps".count)
            b.capability.notes.append("Port Arbitration Table <?> (\(vc): at +0x\(hex(offset * 16, 1)), not decoded)")
        }
        return b.result
    }
}
