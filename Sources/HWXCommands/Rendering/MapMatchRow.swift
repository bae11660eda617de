import MMIOCore

/// One line of `hwx maps`: a map, what it applies to, and what it matches on this machine.
struct MapMatchRow {
    let map: RegisterMap
    /// `00:03.0/bar0`, `iomem:HPET 0` (targets a user can type).
    let matches: [String]

    /// One row per map of `catalog`, sorted by name. The winning map of each used BAR is
    /// looked up once for the whole table, so the listing stays linear in the number of maps.
    static func rows(catalog: RegisterMapCatalog, machine: Machine) -> [MapMatchRow] {
        var barsByMap: [String: [String]] = [:]
        for f in machine.functions {
            for bar in 0..<6 where f.bars.contains(where: { $0.index == bar && $0.isUsed }) {
                if let winner = catalog.map(for: f, bar: bar) {
                    barsByMap[winner.name, default: []].append("\(f.address.display)/bar\(bar)")
                }
            }
        }
        let regionNames = Set(machine.iomem?.allRegions.map(\.name) ?? [])
        return catalog.maps.sorted { $0.name < $1.name }.map {
            MapMatchRow(map: $0, bars: barsByMap[$0.name] ?? [], iomemRegionNames: regionNames)
        }
    }

    /// `bars`: the `ADDR/barN` targets this map wins on the machine; `iomemRegionNames`: the
    /// names in the machine's iomem.
    init(map: RegisterMap, bars: [String], iomemRegionNames: Set<String>) {
        self.map = map
        var found = bars
        for s in map.selectors {
            switch s {
            case .iomemRegion(let name) where iomemRegionNames.contains(name):
                found.append("iomem:\(name)")
            case .physical(let address):
                found.append("phys:0x\(hex(address, 8))")
            default: break
            }
        }
        matches = found
    }

    var appliesTo: String { map.selectors.map(\.description).joined(separator: ", ") + (map.bar.map { " bar\($0)" } ?? "") }

    static func table(_ rows: [MapMatchRow]) -> String {
        let header = ["MAP", "APPLIES TO", "REGS", "MATCHES HERE"]
        let body = rows.map { r in
            [r.map.name, r.appliesTo, "\(r.map.registers.count + r.map.arrays.count)", r.matches.isEmpty ? "-" : r.matches.joined(separator: " ")]
        }
        let widths = (0..<3).map { c in ([header] + body).map { $0[c].count }.max() ?? 0 }
        return ([header] + body).map { cols in
            (0..<3).map { c in cols[c] + String(repeating: " ", count: widths[c] - cols[c].count) }.joined(separator: "  ") + "  " + cols[3]
        }.joined(separator: "\n")
    }

    var json: JSONValue {
        .object([
            ("name", .string(map.name)),
            ("title", .string(map.title)),
            ("applies_to", .array(map.selectors.map { .string($0.description) })),
            ("bar", .optional(map.bar.map { .int(Int64($0)) })),
            ("registers", .int(Int64(map.registers.count + map.arrays.count))),
            ("source", .string(map.source)),
            ("matches", .array(matches.map(JSONValue.string))),
        ])
    }
}
