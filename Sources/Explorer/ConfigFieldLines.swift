import MMIOCore
import TerminalUI

/// The "Config" sections of a PCI function's details: every register the core describes as
/// data (`ConfigHeaderLayout`, then each capability's `CapabilityLayouts` registers, in list
/// order), its value, and one row per field with its bits, value and access. Field rows
/// carry a `ConfigFieldRow` link: the details cursor stops on them and `f`/Enter edits one.
/// Reserved fields get no row (nothing to edit); read-only ones are dimmed; a field the target
/// grammar cannot name is shown without a cursor stop.
///
/// Values come from the function's config bytes as loaded (plus the words this session read
/// or wrote, `ConfigWords`): building the lines reads nothing.
enum ConfigFieldLines {
    static func lines(_ f: PCIFunction) -> [DetailLine] {
        let config = f.config
        guard config.count > 0 else { return [] }
        var out: [DetailLine] = [.heading("Config: header  (f or Enter on a field edits it)")]
        // The header registers of this header type, as the resolver picks them.
        let headerType = ConfigHeaderType(rawValue: config.headerType ?? 0)
        let header = ConfigHeaderLayout.registers
            .filter { layout in (layout.headerTypes.map { types in headerType.map(types.contains) ?? false } ?? true) && layout.setpciName != nil }
            .sorted { $0.offset < $1.offset }
        for layout in header {
            out += register(layout, base: 0, title: layout.setpciName! + (layout.label == layout.setpciName ? "" : " (\(layout.label))"),
                            config: config, function: f.address) { field in layout.setpciName! + "." + field.name }
        }
        let standard = CapabilityWalker.standard(config)
        let express = standard.entries.first { $0.id == UInt16(StandardCapabilityID.express.rawValue) }
        let portType = express.flatMap { config.u16($0.offset + 2) }.flatMap { ExpressPortType(rawValue: UInt8(($0 >> 4) & 0xf)) }
        var seen: [UInt16: Int] = [:]
        for cap in standard.entries {
            let id = UInt8(truncatingIfNeeded: cap.id)
            let name = StandardCapabilityID(rawValue: id)?.setpciName ?? "CAP" + hex(id, 2)
            let layouts = CapabilityLayouts.registers(standard: id, base: cap.offset, in: config, portType: portType)
            out += capability(name, tag: "[\(hex(cap.offset, 2))]", instance: next(&seen, cap.id), base: cap.offset, layouts: layouts,
                              config: config, function: f.address)
        }
        // The extended list is walked only for PCI Express functions (as setpci and the resolver do).
        guard express != nil else { return out }
        seen = [:]
        for cap in CapabilityWalker.extended(config).entries {
            let name = ExtendedCapabilityID(rawValue: cap.id)?.setpciName ?? "ECAP" + hex(cap.id, 4)
            let layouts = CapabilityLayouts.registers(extended: cap.id, base: cap.offset, in: config, portType: portType)
            out += capability(name, tag: "[\(hex(cap.offset, 3))]", instance: next(&seen, cap.id), base: cap.offset,
                              layouts: layouts, config: config, function: f.address)
        }
        return out
    }

    /// How many capabilities with this ID came before (setpci's `@N`).
    private static func next(_ seen: inout [UInt16: Int], _ id: UInt16) -> Int {
        let n = seen[id, default: 0]
        seen[id] = n + 1
        return n
    }

    private static func capability(_ name: String, tag: String, instance: Int, base: Int, layouts: [ConfigRegisterLayout],
                                   config: ConfigSpace, function: PCIAddress) -> [DetailLine] {
        guard layouts.contains(where: { $0.fields.contains { !$0.access.isReserved } }) else { return [] }
        let at = instance > 0 ? "@\(instance)" : ""
        var out: [DetailLine] = [.heading("Config: " + name + at + " " + tag)]
        for (i, layout) in layouts.enumerated() {
            // One register described twice for printing (HyperTransport's frequency and error
            // bits share a byte) is listed once.
            if layouts[..<i].contains(where: { $0.offset == layout.offset && $0.width == layout.width && $0.fields == layout.fields }) { continue }
            let prefix = registerName(name + at, layout, among: layouts)
            out += register(layout, base: base, title: layout.label, config: config, function: function) { prefix + "." + $0.name }
        }
        return out
    }

    /// `CAP_EXP.DevCtl` when lspci's label names the register unambiguously, else setpci's
    /// offset and width (`CAP_EXP+0x8.w`, no width for a 64-bit register); `@N` goes where the
    /// grammar takes it.
    static func registerName(_ capability: String, _ layout: ConfigRegisterLayout, among layouts: [ConfigRegisterLayout]) -> String {
        let label = layout.label
        let plain = !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            && !["b", "w", "l"].contains(label.lowercased())
        if plain && layouts.filter({ $0.label.lowercased() == label.lowercased() }).count == 1 {
            return capability + "." + label
        }
        // `CAP_EXP@1` → `CAP_EXP+0x8@1.w`: the instance ends the head.
        var head = capability
        var instance = ""
        if let at = head.firstIndex(of: "@") { instance = String(head[at...]); head = String(head[..<at]) }
        // setpci has no 64-bit width: there the register at the offset gives it (`+0x18.FIELD`).
        let letter = layout.width == .bits8 ? ".b" : layout.width == .bits16 ? ".w" : layout.width == .bits32 ? ".l" : ""
        return head + (layout.offset > 0 ? "+0x" + hex(layout.offset, 1) : "") + instance + letter
    }

    private static func register(_ layout: ConfigRegisterLayout, base: Int, title: String, config: ConfigSpace, function: PCIAddress,
                                 name: (FieldDefinition) -> String) -> [DetailLine] {
        let fields = layout.fields.filter { !$0.access.isReserved }
        guard !fields.isEmpty else { return [] }
        let offset = base + layout.offset
        let label = "+0x" + hex(offset, 2)
        guard let value = config.value(at: offset, width: layout.width.bytes) else {
            return [DetailLine(label, title + "  not read (config space has \(config.count) bytes)", role: .dim)]
        }
        var out = [DetailLine(label, title + "  " + layout.width.format(value))]
        for field in fields {
            let decoded = DecodedField(field: field, value: field.bits.extract(from: value))
            let text = "  " + pad(field.name, 14) + " " + pad(field.bits.description, 5) + " " + pad(decoded.formattedValue, 9) + " " + field.access.rawValue
            // Names the target grammar cannot spell (a dot in the field name, a 64-bit register
            // off its alignment) get no row to edit: `hwx write` could not repeat it.
            guard !field.name.contains("."), offset % layout.width.bytes == 0 else {
                out.append(DetailLine("", text + "  (no target name)", role: .dim))
                continue
            }
            let row = ConfigFieldRow(function: function, name: name(field), offset: offset, width: layout.width, field: field)
            out.append(DetailLine("", text, role: field.access.isWritable ? .normal : .dim, link: .configField(row)))
        }
        return out
    }

    /// `text` padded with spaces to at least `width` (never cut: the value must stay whole).
    private static func pad(_ text: String, _ width: Int) -> String {
        let n = text.unicodeScalars.count
        return n >= width ? text : text + String(repeating: " ", count: width - n)
    }
}
