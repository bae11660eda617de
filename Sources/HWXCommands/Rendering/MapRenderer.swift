import MMIOCore

/// `hwx maps show`: a map's header, then each register with offset, width and fields.
enum MapRenderer {
    static func text(_ map: RegisterMap) -> String {
        var lines = ["\(map.name): \(map.title)", "applies to: \(map.selectors.map(\.description).joined(separator: ", "))" + (map.bar.map { ", BAR\($0)" } ?? "")]
        if let spec = map.spec { lines.append("spec: \(spec)") }
        lines.append("source: \(map.source)")
        var entries: [(head: String, register: RegisterDefinition)] = map.registers.map { r in
            (r.relativeTo.map { "\($0)+0x\(hex(r.offset, 3))" } ?? "0x\(hex(r.offset, 4))", r)
        }
        // An array shows its element-0 offset and stride: `0x0118 + n * 0x80  P%sCMD  32-bit  n < 32`.
        entries += map.arrays.map { a in
            let offset = a.offset.constant.map { "0x\(hex($0, 4))" } ?? a.offset.description
            let rel = a.element.relativeTo.map { "\($0)+" } ?? ""
            return ("\(rel)\(offset) + n * \(a.stride.constant.map { "0x\(hex($0, 1))" } ?? "(\(a.stride))")", a.element)
        }
        for (i, (at, r)) in entries.enumerated() {
            var head = "\n\(at)  \(r.name)  \(r.width)"
            if i >= map.registers.count {
                let a = map.arrays[i - map.registers.count]
                head += "  n < \(a.count.constant.map(String.init) ?? a.count.description)" + (a.indexNames.map { " (n: \($0.joined(separator: ",")))" } ?? "")
            }
            if let d = r.description { head += "  \(d)" }
            lines.append(head)
            if let e = r.readSideEffect { lines.append("  ! read side effect: \(e)") }
            let named = r.fields.count == 1 && r.fields[0].name == r.name ? [] : r.fields
            let nameWidth = named.map(\.name.count).max() ?? 0
            for f in named.reversed() {
                var line = "  " + pad(f.bits.description, 5) + "  " + pad(f.name, nameWidth) + "  " + pad(f.access.rawValue, 8)
                if let d = f.description { line += "  " + d }
                if !f.values.isEmpty { line += "  {" + f.values.map { "\($0.value)=\($0.name)" }.joined(separator: ", ") + "}" }
                lines.append(line.trimmingTrailingSpaces())
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
