/// TPH Requester extended capability (ID 0x0017), PCIe Base 6.0 §7.9.13, decoded from
/// `TPHRequesterLayout`, with lspci's sentences for the supported modes and the steering
/// table's place read from the decoded capability register.
public enum TPHRequesterDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Transaction Processing Hints")
        b.addTable(TPHRequesterLayout.registers(base: entry.offset, in: context.config))
        if let cap = b.capability.register("TPHCap") {
            if cap.field("IntVec")?.isSet == true { b.capability.notes.append("Interrupt vector mode supported") }
            if cap.field("DevSpec")?.isSet == true { b.capability.notes.append("Device specific mode supported") }
            if cap.field("ExtTPH")?.isSet == true { b.capability.notes.append("Extended requester support") }
            switch cap.field("STTableLocation")?.raw {
            case 0?: b.capability.notes.append("No steering table available")
            case 1?: b.capability.notes.append("Steering table in TPH capability structure")
            case 2?: b.capability.notes.append("Steering table in MSI-X table")
            default: b.capability.notes.append("Reserved steering table location")
            }
        }
        return b.result
    }
}
