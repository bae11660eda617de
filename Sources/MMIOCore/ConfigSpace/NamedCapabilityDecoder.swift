/// The fallback for capability IDs without a register decoder: the entry is still listed with
/// its ID, offset and version, named by its `StandardCapabilityID`/`ExtendedCapabilityID`
/// title when the ID is assigned, and as `Capability ID 0x..` / `Extended Capability ID 0x..`
/// otherwise (lspci prints `<?>`).
public enum NamedCapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, space: DecodedCapability.Space) -> DecodedCapability {
        switch space {
        case .standard:
            let known = entry.id <= 0xff ? StandardCapabilityID(rawValue: UInt8(entry.id)) : nil
            return DecodedCapability(space: space, id: entry.id, offset: entry.offset,
                                     name: known?.title ?? "Capability ID 0x" + hex(entry.id, 2),
                                     notes: known == nil ? ["<?> unknown capability ID"] : [])
        case .extended:
            let known = ExtendedCapabilityID(rawValue: entry.id)
            return DecodedCapability(space: space, id: entry.id, offset: entry.offset, version: entry.version,
                                     name: known?.title ?? "Extended Capability ID 0x" + hex(entry.id, 1),
                                     notes: known == nil ? ["<?> unknown extended capability ID"] : [])
        }
    }
}
