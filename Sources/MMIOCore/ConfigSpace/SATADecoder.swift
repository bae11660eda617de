/// SATA Data/Index Configuration capability (ID 0x12), AHCI 1.3.1 §2.3, decoded from
/// `SATALayout`: the title carries the revision, the headline the BAR location and offset.
public enum SATADecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .standard, name: "SATA HBA")
        guard let rev = ConfigTableDecoder.register(SATALayout.revision, base: entry.offset, in: context.config),
              context.config.value(at: entry.offset + SATALayout.location.offset, width: 4) != nil else {
            b.addTable(SATALayout.registers)
            return b.result
        }
        b.capability.registers.append(rev)
        b.addHeadline(SATALayout.location, separator: " ")
        b.capability.title = "SATA HBA v\(rev.field("Major")?.raw ?? 0).\(rev.field("Minor")?.raw ?? 0)"
        return b.result
    }
}
