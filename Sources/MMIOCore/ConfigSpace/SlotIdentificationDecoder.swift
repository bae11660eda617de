/// Slot Identification capability (ID 0x04), PCI-to-PCI Bridge 1.2 §13.1: expansion slot
/// register at +2 (number of slots 4:0, first in chassis 5), chassis number at +3.
public enum SlotIdentificationDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Slot ID")
        if let r = b.add("Slot ID", 2, 2, { r in [[
            F.number("Slots", r, low: 0, count: 5) { "\($0) slots," },
            F.flag("First", r, bit: 5).printed(F.flag("First", r, bit: 5).text + ","),
            F.number("Chassis", r, low: 8, count: 8) { "chassis " + hex($0, 2) },
        ]] }) { b.capability.headline = r.fields }
        return b.result
    }
}
