import MMIOCore
import TerminalUI

/// Config-space lines of the details pane, from the core's decoders (`DecodedFunction`:
/// header registers with lspci's field names, both capability lists, how each walk ended).
enum ConfigHeaderLines {
    static func lines(_ decoded: DecodedFunction) -> [DetailLine] {
        var out: [DetailLine] = []
        for name in ["Control", "Status"] {
            guard let r = decoded.header.register(name) else { continue }
            out.append(DetailLine(name == "Control" ? "Command" : name, "0x" + hex(r.raw, r.width * 2)))
            for line in r.lines {
                out.append(DetailLine("", line.map(\.text).filter { !$0.isEmpty }.joined(separator: " "), role: .dim))
            }
        }
        if let ht = decoded.header.headerType {
            out.append(DetailLine("Header", "type \(ht) (\(decoded.header.headerTypeName))"))
        }
        if decoded.configBytes == 0 {
            out.append(DetailLine("Config", "not readable", role: .error))
        }
        return out
    }

    /// The capability lists; the MSI-X line links to the live MSI-X table of `function`.
    static func capabilityLines(_ decoded: DecodedFunction, function: PCIAddress? = nil) -> [DetailLine] {
        var out: [DetailLine] = [.heading("Capabilities")]
        if decoded.capabilities.isEmpty && decoded.extendedCapabilities.isEmpty && !decoded.standardEnd.isProblem {
            out.append(DetailLine("", "none", role: .dim))
        }
        for cap in decoded.capabilities {
            if cap.standardID == .msiX, let function {
                out.append(DetailLine("", cap.headlineText + "  (Enter: live table)", role: .link, link: .msix(function)))
            } else {
                out.append(DetailLine("", cap.headlineText))
            }
        }
        if decoded.standardEnd.isProblem {
            out.append(DetailLine("", decoded.standardEnd.explanation, role: .warning))
        }
        for cap in decoded.extendedCapabilities {
            out.append(DetailLine("", cap.headlineText))
        }
        if decoded.extendedEnd.isProblem {
            out.append(DetailLine("", decoded.extendedEnd.explanation, role: .warning))
        }
        return out
    }
}
