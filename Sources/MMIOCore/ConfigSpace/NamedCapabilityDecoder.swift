/// The fallback for capability IDs without a register decoder: the entry is still listed with
/// its ID, offset and version, named from `CapabilityNames` when the ID is assigned, and as
/// `Capability ID 0x..` / `Extended Capability ID 0x..` otherwise (lspci prints `<?>`).
public enum NamedCapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, space: DecodedCapability.Space) -> DecodedCapability {
        switch space {
        case .standard:
            let name = CapabilityNames.standard(entry.id) ?? "Capability ID 0x" + hex(entry.id, 2)
            return DecodedCapability(space: space, id: entry.id, offset: entry.offset, name: name,
                                     notes: CapabilityNames.standard(entry.id) == nil ? ["<?> unknown capability ID"] : [])
        case .extended:
            let name = CapabilityNames.extended(entry.id) ?? "Extended Capability ID 0x" + hex(entry.id, 1)
            return DecodedCapability(space: space, id: entry.id, offset: entry.offset, version: entry.version, name: name,
                                     notes: CapabilityNames.extended(entry.id) == nil ? ["<?> unknown extended capability ID"] : [])
        }
    }
}
