/// Bridge Subsystem Vendor ID capability (ID 0x0d), PCI-to-PCI Bridge 1.2 §3.2.5.13, decoded
/// from `BridgeSubsystemLayout`: subsystem vendor and subsystem ID at +4, also the headline.
public enum BridgeSubsystemDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: entry.offset, name: "Subsystem")
        if let r = ConfigTableDecoder.register(BridgeSubsystemLayout.ids, base: entry.offset, in: context.config) {
            cap.headline = r.fields
            cap.registers = [r]
        } else {
            cap.notes.append("<truncated>")
        }
        return cap
    }
}
