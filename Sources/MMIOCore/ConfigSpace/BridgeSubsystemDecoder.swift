/// Bridge Subsystem Vendor ID capability (ID 0x0d), PCI-to-PCI Bridge 1.2 §3.2.5.13 note /
/// PCI Code and ID Assignment §2: subsystem vendor ID at +4, subsystem ID at +6 (type 1
/// headers have no subsystem registers of their own).
public enum BridgeSubsystemDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: entry.offset, name: "Subsystem")
        if let r = context.config.register("SSVID", at: entry.offset + 4, width: 4, { r in [[
            F.number("SubsystemVendorID", r, low: 0, count: 16) { hex($0, 4) + ":" + hex(r >> 16, 4) },
            F.number("SubsystemID", r, low: 16, count: 16) { _ in "" },
        ]] }) {
            cap.headline = r.fields
            cap.registers = [r]
        } else {
            cap.notes.append("<truncated>")
        }
        return cap
    }
}
