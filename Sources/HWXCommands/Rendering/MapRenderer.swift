import MMIOCore

/// `hwx maps show`: a map's header, then each register with offset, width and fields.
enum MapRenderer {
    static func text(_ map: RegisterMap) -> String {
        var lines = ["\(map.name): \(map.title)", "applies to: \(map.selectors.map(\.description).joined(separator: ", "))" + (map.bar.map { ", BAR\($0)" } ?? "")]
        if let spec = map.spec { lines.append("spec: \(spec)") }
        lines.append("source: \(map.source)")
        for r in map.registers {
            var head = "\n0x\(hex(r.offset, 4))"
            if let rel = r.relativeTo { head = "\n\(rel)+0x\(hex(r.offset, 3))" }
            head += "  \(r.name)  \(r.width)"
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
