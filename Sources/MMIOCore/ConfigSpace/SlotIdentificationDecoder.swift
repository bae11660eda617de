/// Slot Identification capability (ID 0x04), PCI-to-PCI Bridge 1.2 §13.1, decoded from
/// `SlotIdentificationLayout`; its one register is also the headline.
public enum SlotIdentificationDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Slot ID")
        b.addHeadline(SlotIdentificationLayout.slot)
        return b.result
    }
}
