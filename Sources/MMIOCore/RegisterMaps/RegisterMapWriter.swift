
/// Writes register maps in the hwx map format (the YAML that `RegisterMapParser` reads),
/// e.g. for `hwx maps import file.svd`. Output parses back to equal maps.
public struct RegisterMapWriter: Sendable {
    public init() {}

    /// One YAML document per map, separated by `---`.
    public func yaml(_ maps: [RegisterMap], header: String? = nil) -> String {
        var out = ""
        if let header { out += header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }.joined(separator: "\n") + "\n" }
        for (i, map) in maps.enumerated() {
            if i > 0 { out += "---\n" }
            out += yaml(map)
        }
        return out
    }

    public func yaml(_ map: RegisterMap) -> String {
        var lines: [String] = []
        lines.append("name: \(quote(map.name))")
        lines.append("title: \(quote(map.title))")
        if let spec = map.spec { lines.append("spec: \(quote(spec))") }
        lines.append("applies-to:")
        for s in map.selectors {
            switch s {
            case let .pciDevice(v, d, sv, sd):
                var item = "  - {pci: \"\(hex(v, 4)):\(hex(d, 4))\""
                if let sv, let sd { item += ", subsystem: \"\(hex(sv, 4)):\(hex(sd, 4))\"" }
                lines.append(item + "}")
            case let .pciClass(b, sub, p):
                lines.append("  - {class: \"" + [b, sub, p].compactMap { $0 }.map { hex($0, 2) }.joined(separator: ":") + "\"}")
            case let .iomemRegion(name):
                lines.append("  - {iomem: \(quote(name))}")
            case let .physical(a):
                lines.append("  - {phys: 0x\(hex(a, 1))}")
            }
        }
        if let bar = map.bar { lines.append("bar: \(bar)") }
        lines.append("registers:")
        for r in map.registers { lines += register(r, offset: "0x\(hex(r.offset, 1))") }
        for a in map.arrays {
            var entry = register(a.element, offset: quote(a.offset.description))
            var array = "    array: {count: \(quote(a.count.description)), stride: \(quote(a.stride.description))"
            if let names = a.indexNames { array += ", index: \(quote(names.joined(separator: ",")))" }
            entry.insert(array + "}", at: 2)
            lines += entry
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func register(_ r: RegisterDefinition, offset: String) -> [String] {
        var lines: [String] = []
        lines.append("  - name: \(quote(r.name))")
        lines.append("    offset: \(offset)")
        if let rel = r.relativeTo { lines.append("    relative-to: \(rel)") }
        lines.append("    width: \(r.width.bits)")
        if let d = r.description { lines.append("    description: \(quote(d))") }
        if let e = r.readSideEffect { lines.append("    read-side-effect: \(quote(e))") }
        if let s = r.summary { lines.append("    summary: \(quote(s))") }
        // A register of one field named like itself (a register without fields) is written without fields.
        if r.fields.count == 1, let only = r.fields.first, only.name == r.name, only.bits == BitRange(lsb: 0, msb: r.width.bits - 1),
           only.description == nil, only.values.isEmpty {
            lines.append("    access: \(only.access.rawValue)")
            return lines
        }
        lines.append("    fields:")
        for f in r.fields {
            var item = "      - {bits: \"\(f.bits.msb):\(f.bits.lsb)\", name: \(quote(f.name)), access: \(f.access.rawValue)"
            if let d = f.description { item += ", description: \(quote(d))" }
            if !f.values.isEmpty {
                item += ", values: {" + f.values.map { v in
                    "0x\(hex(v.value, 1)): " + quote(v.description.map { "\(v.name): \($0)" } ?? v.name)
                }.joined(separator: ", ") + "}"
            }
            lines.append(item + "}")
        }
        return lines
    }

    /// A double-quoted YAML scalar with `"` and `\` escaped.
    private func quote(_ s: String) -> String {
        "\"" + s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
