/// HyperTransport capability (ID 0x08), HyperTransport I/O Link 3.10 §7.1: the command
/// register at +2 names the block type — bits 15:13 = 000 slave/primary interface, 001
/// host/secondary interface, otherwise bits 15:11 (e.g. 10101 MSI mapping, whose enable and
/// fixed bits are 0 and 1). Slave, host and MSI mapping registers come from
/// `HyperTransportLayout`; lspci's combined tokens (revision `1.03`, `00-00`, the mapping
/// address) are made from the table's fields.
public enum HyperTransportDecoder: CapabilityDecoder {
    /// Block types by command bits 15:11 (HyperTransport 3.10 Table 7-1); lspci 3.9 prints `#1c`
    /// for the types it does not name.
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
        // Types lspci 3.9 does not name: its `#1c`, then the spec's name.
        case 0x1a: return "#1a (Gen3)"
        case 0x1b: return "#1b (Function-Level Extension)"
        case 0x1c: return "#1c (Power Management)"
        default: return "#" + hex(command >> 11, 2)
        }
    }

    /// `1.03`: major (7:5) and minor (4:0) of a revision byte.
    static func revisionText(_ r: UInt64) -> String { "\((r >> 5) & 7)." + (r & 0x1f < 10 ? "0" : "") + "\(r & 0x1f)" }

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "HyperTransport")
        guard let command = b.value(2, 2) else { return b.result }
        let name = typeName(command)
        switch command >> 13 {
        case 0: b.addTable(HyperTransportLayout.slave)
        case 1: b.addTable(HyperTransportLayout.host)
        default:
            b.add("Command", 2, 2) { r in
                var line = [F.choice("Type", r, low: 11, count: 5, names: { _ in name }) { r >> 11 == 0x11 ? "" : $0 }]
                if r >> 11 == 0x15 { line += [F.flag("Enable", r, bit: 0), F.flag("Fixed", r, bit: 1)] }
                if r >> 11 == 0x11 { line.append(F.number("Revision", r, low: 0, count: 8) { "Revision ID: " + revisionText($0) }) }
                return [line]
            }
            b.capability.headline = b.capability.registers.first?.fields ?? []
            if command >> 11 == 0x15, command & 2 == 0 { b.addTable(HyperTransportLayout.msiMapping) }
        }
        if command >> 13 <= 1 { b.capability.title = "HyperTransport: " + name }
        if command >> 13 > 1, !b.capability.registers.isEmpty { b.capability.registers.removeFirst() }  // the command is all on the title line
        b.capability.registers = b.capability.registers.map { r in
            let text: String
            switch r.name {
            case "Revision ID": text = revisionText(r.raw)
            case "Prefetchable memory behind bridge Upper": text = hex(r.raw & 0xff, 2) + "-" + hex(r.raw >> 8, 2)
            case "Mapping Address Base": text = hex(r.raw & ~0xfffff, 16)
            default: return r
            }
            return ConfigRegister(name: r.name, offset: r.offset, width: r.width, raw: r.raw,
                                  lines: [[F.derived(r.name, raw: r.raw, value: .text(text), text: text)] + r.fields], printedName: r.printedName)
        }
        return b.result
    }
}
