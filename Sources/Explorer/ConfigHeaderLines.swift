import MMIOCore
import TerminalUI

/// Config-space header lines of the details pane (PCI Local Bus 3.0 §6.2: command at
/// 0x04, status at 0x06, header type at 0x0e, capabilities pointer at 0x34).
enum ConfigHeaderLines {
    static func lines(_ config: ConfigSpace) -> [DetailLine] {
        var out: [DetailLine] = []
        if let cmd = config.u16(0x04) { out.append(DetailLine("Command", "0x" + hex(cmd, 4))) }
        if let st = config.u16(0x06) { out.append(DetailLine("Status", "0x" + hex(st, 4))) }
        if let ht = config.headerType {
            let name = ht == 0 ? "endpoint" : ht == 1 ? "PCI-to-PCI bridge" : ht == 2 ? "CardBus bridge" : "unknown"
            out.append(DetailLine("Header", "type \(ht) (\(name))"))
        }
        if config.count == 0 {
            out.append(DetailLine("Config", "not readable", role: .error))
        }
        return out
    }

    static func capabilityLines(_ config: ConfigSpace) -> [DetailLine] {
        var out: [DetailLine] = [.heading("Capabilities")]
        guard let status = config.u16(0x06), let ptr = config.u8(0x34) else {
            out.append(DetailLine("", "config space not readable", role: .dim))
            return out
        }
        if status & 0x10 == 0 { out.append(DetailLine("", "none (status bit 4 clear)", role: .dim)); return out }
        out.append(DetailLine("Pointer", "0x" + hex(ptr, 2)))
        return out
    }
}
