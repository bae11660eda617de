/// HyperTransport capability (ID 0x08), HyperTransport I/O Link 3.10 §7.1: the command
/// register at +2 names the block type — bits 15:13 = 000 slave/primary interface, 001
/// host/secondary interface, otherwise bits 15:11 (e.g. 10101 MSI mapping, whose enable and
/// fixed bits are 0 and 1). Decoded basically: the type, and MSI mapping's flags.
public enum HyperTransportDecoder: CapabilityDecoder {
    static func typeName(_ command: UInt64) -> String {
        switch command >> 13 {
        case 0: return "Slave or Primary Interface"
        case 1: return "Host or Secondary Interface"
        default: break
        }
        switch command >> 11 {
        case 0x08: return "Switch"
        case 0x10: return "Interrupt Discovery and Configuration"
        case 0x11: return "Revision ID"
        case 0x12: return "UnitID Clumping"
        case 0x13: return "Extended Configuration Space Access"
        case 0x14: return "Address Mapping"
        case 0x15: return "MSI Mapping"
        case 0x16: return "DirectRoute"
        case 0x17: return "VCSet"
        case 0x18: return "Retry Mode"
        case 0x19: return "X86 (reserved)"
        case 0x1a: return "Gen3"
        case 0x1b: return "Function-Level Extension"
        case 0x1c: return "Power Management"
        default: return "Unknown type \(hex(command >> 11, 2))"
        }
    }

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "HyperTransport")
        guard let command = b.value(2, 2) else { return b.result }
        let name = typeName(command)
        b.add("Command", 2, 2) { r in
            var line = [F.choice("Type", r, low: 11, count: 5, names: { _ in name }) { $0 }]
            if r >> 11 == 0x15 { line += [F.flag("Enable", r, bit: 0), F.flag("Fixed", r, bit: 1)] }
            return [line]
        }
        b.capability.headline = b.capability.registers.first?.fields ?? []
        return b.result
    }
}
