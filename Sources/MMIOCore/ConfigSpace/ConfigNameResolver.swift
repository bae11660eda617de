/// Resolves setpci-style register names (`ConfigRegisterName`) on one function's config
/// space, as setpci does: a header name is its fixed offset; a capability name is the start
/// of the N-th capability with that ID in the function's list (standard list from the
/// pointer at 0x34 or 0x14, extended list from 0x100 for PCI Express functions,
/// `CapabilityWalker`); `+OFF` is added; the width is the one given, else the register's.
/// A capability the function lacks is an error, as in setpci.
public enum ConfigNameResolver {
    public static func resolve(_ name: ConfigRegisterName, in config: ConfigSpace, function: PCIAddress) throws(AccessError) -> ConfigNamedRegister {
        let standard = CapabilityWalker.standard(config)
        let express = standard.entries.first { $0.id == UInt16(StandardCapabilityID.express.rawValue) }
        let portType = express.flatMap { config.u16($0.offset + 2) }.flatMap { ExpressPortType(rawValue: UInt8(($0 >> 4) & 0xf)) }
        var start: Int
        var capabilityOffset: Int?
        var candidates: [ConfigRegisterLayout]
        var width = name.width
        switch name.base {
        case .header(let setpciName):
            guard let layout = ConfigHeaderLayout.register(setpciName: setpciName) else {
                throw AccessError(.notFound, operation: "no header register \(setpciName)", fix: .advice("the names are those setpci lists with its dumpregs option"))
            }
            // A reserved header type (all ones reads 0x7f) has only the common registers.
            let type = ConfigHeaderType(rawValue: config.headerType ?? 0)
            if let types = layout.headerTypes, !(type.map(types.contains) ?? false) {
                let owners = types.sorted().map(\.described).joined(separator: " and ")
                throw AccessError(.notFound, operation: "\(function.display) has a header of \(ConfigHeaderLayout.headerTypeName(config.headerType ?? 0)): it does not have register \(setpciName), which headers of \(owners) have",
                                  fix: .advice("use an offset (\(function.display)/config+0x\(hex(layout.offset, 2))) to reach those bytes anyway"))
            }
            start = layout.offset
            width = width ?? layout.width
            candidates = ConfigHeaderLayout.registers.filter { layout in layout.headerTypes.map { types in type.map(types.contains) ?? false } ?? true }
        case .capability(let id):
            let entries = standard.entries.filter { $0.id == UInt16(id) }
            let cap = try instance(entries, name, what: "capability", id: hex(id, 2), setpciName: StandardCapabilityID(rawValue: id)?.setpciName,
                                   function: function, chain: standard, listed: standard.entries.map { "[\(hex($0.offset, 2))] \(StandardCapabilityID(rawValue: UInt8($0.id))?.setpciName ?? "CAP\(hex($0.id, 2))")" })
            start = cap
            capabilityOffset = cap
            candidates = CapabilityLayouts.registers(standard: id, base: cap, in: config, portType: portType)
        case .extendedCapability(let id):
            // libpci scans the extended list only for PCI Express functions; so does hwx's decoder.
            let chain = express != nil ? CapabilityWalker.extended(config) : CapabilityChain(space: .extended, entries: [], end: .absent)
            let entries = chain.entries.filter { $0.id == id }
            let cap = try instance(entries, name, what: "extended capability", id: hex(id, 4), setpciName: ExtendedCapabilityID(rawValue: id)?.setpciName,
                                   function: function, chain: chain, listed: chain.entries.map { "[\(hex($0.offset, 3))] \(ExtendedCapabilityID(rawValue: $0.id)?.setpciName ?? "ECAP\(hex($0.id, 4))")" },
                                   notExpress: express == nil)
            start = cap
            capabilityOffset = cap
            candidates = CapabilityLayouts.registers(extended: id, base: cap, in: config, portType: portType)
        }
        var layout: ConfigRegisterLayout?
        if let label = name.register {
            guard let found = candidates.first(where: { $0.isLabelled(label) }) else {
                throw AccessError(.notFound, operation: "\(name.text): no register \(label) in this capability of \(function.display)",
                                  fix: .advice(candidates.isEmpty ? "hwx has no register names for this capability: use an offset and width (e.g. +0x4.l)"
                                    : "its registers: " + candidates.map(\.typedLabel).joined(separator: " ")))
            }
            layout = found
            start += found.offset
            width = found.width
        } else {
            start += name.offset
            // CAP_EXP+8.MaxPayload: the register described at that offset gives the width.
            if width == nil, name.field != nil {
                let relative = start - (capabilityOffset ?? 0)
                let here = candidates.filter { $0.offset == relative }
                layout = here.first { l in name.field.map { l.field(named: $0) != nil } ?? false } ?? here.first
                width = layout?.width
            }
        }
        guard let width else {
            throw AccessError(.misaligned, operation: "\(name.text) names a capability, not a register: the width is missing",
                              fix: .advice("give a width (\(name.text).w) or, where hwx names them, a register (\(name.text).\(candidates.first?.typedLabel ?? "REG"))"))
        }
        guard start % width.bytes == 0 else {
            throw AccessError(.misaligned, operation: "\(name.text) is config offset 0x\(hex(start, 2)), not aligned to its \(width.bytes)-byte width",
                              fix: .advice("use an offset that is a multiple of \(width.bytes), or a narrower width"))
        }
        guard start + width.bytes <= 4096 else {
            throw AccessError(.outOfRange, operation: "\(name.text) is config offset 0x\(hex(start, 2)), beyond the 4096 bytes of configuration space",
                              fix: .advice("use a smaller offset"))
        }
        if layout == nil {
            let relative = start - (capabilityOffset ?? 0)
            layout = candidates.first { $0.offset == relative && $0.width == width }
        }
        var field: FieldDefinition?
        if let fieldName = name.field {
            guard let layout else {
                throw AccessError(.notFound, operation: "\(name.text): hwx has no field names for the \(width.bits)-bit register at config offset 0x\(hex(start, 2))",
                                  fix: .advice(candidates.isEmpty ? "read the whole register (drop .\(fieldName))"
                                    : "registers with fields here: " + candidates.filter { !$0.fields.isEmpty }.map { "\($0.label) (+0x\(hex($0.offset, 1)).\($0.width == .bits8 ? "b" : $0.width == .bits16 ? "w" : "l"))" }.joined(separator: ", ")))
            }
            guard let f = layout.field(named: fieldName) else {
                throw AccessError(.notFound, operation: "\(name.text): \(layout.label) has no field \(fieldName)",
                                  fix: .advice("its fields: " + layout.fields.filter { !$0.access.isReserved }
                                    // A dot separates a target's parts: ASPM_L1.1 is typed ASPM_L1_1
                                    // (and a space _, so no name needs quoting).
                                    .map { String($0.name.map { $0 == "." || $0 == " " ? "_" : $0 }) }.joined(separator: " ")))
            }
            field = f
        }
        return ConfigNamedRegister(name: name, offset: start, width: width, capabilityOffset: capabilityOffset, layout: layout, field: field)
    }

    private static func instance(_ entries: [CapabilityChain.Entry], _ name: ConfigRegisterName, what: String, id: String, setpciName: String?,
                                 function: PCIAddress, chain: CapabilityChain, listed: [String], notExpress: Bool = false) throws(AccessError) -> Int {
        if name.instance < entries.count { return entries[name.instance].offset }
        let label = (setpciName.map { "\($0), " } ?? "") + "ID 0x" + id
        let count = entries.isEmpty ? "it has none" : "it has \(entries.count) (@0" + (entries.count > 1 ? "..@\(entries.count - 1)" : "") + ")"
        var why = ""
        switch chain.end {
        case .accessDenied: why = "; its config space was read only up to byte \(configCount(chain)) (non-root reads 64 bytes: run as root)"
        case .broken, .looped: why = "; its capability list is broken (the decoded function shows where)"
        default: break
        }
        if notExpress { why += "; the extended list exists only for PCI Express functions" }
        throw AccessError(.notFound, operation: "\(function.display) has no instance #\(name.instance) of \(what) \(label): \(count)" + why,
                          fix: .advice(listed.isEmpty ? "this function lists no \(what == "capability" ? "capabilities" : "extended capabilities")"
                            : "its \(what == "capability" ? "capabilities" : "extended capabilities"): " + listed.joined(separator: " ")))
    }

    private static func configCount(_ chain: CapabilityChain) -> String {
        if case .accessDenied(_, let readable) = chain.end { return "\(readable)" }
        return "?"
    }
}
