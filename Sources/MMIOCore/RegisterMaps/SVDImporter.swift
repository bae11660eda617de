
/// Imports CMSIS-SVD files (Arm CMSIS-SVD schema 1.3: device → peripherals → registers →
/// fields → enumeratedValues) as register maps, one map per peripheral, applying to the
/// peripheral's `baseAddress` (reached through a `phys:` window).
///
/// Taken over: sizes and access inherited device → peripheral → register → field;
/// `derivedFrom` peripherals; clusters (flattened, names prefixed); `dim` arrays;
/// `modifiedWriteValues` oneToClear/oneToSet (→ RW1C/RW1S); `readAction` (→ read side
/// effect). Enumerated values with don't-care bits (`#1x0`) are skipped.
public struct SVDImporter: Sendable {
    public let file: String
    /// Replaces each map's selectors (e.g. `pci 1234:11e8` for an SVD written for a PCI device).
    public let selectors: [MapSelector]?
    public let bar: Int?

    public init(file: String, selectors: [MapSelector]? = nil, bar: Int? = nil) {
        self.file = file
        self.selectors = selectors
        self.bar = bar
    }

    /// Most registers and clusters one peripheral may expand to (`dim` arrays multiply
    /// through nested clusters); a hostile `<dim>` would otherwise exhaust memory or time.
    public static let maximumElements = 65_536

    public func importMaps(_ text: String) throws(RegisterMapError) -> [RegisterMap] {
        let root: XMLElementNode
        do {
            root = try XMLTreeReader().read(text)
        } catch {
            throw RegisterMapError(file: file, line: error.line, field: nil, message: "not valid XML: \(error.message)")
        }
        guard root.name == "device" else {
            throw problem(root, "device", "the root element is <\(root.name)>, not <device>: this is not a CMSIS-SVD file")
        }
        let defaults = Defaults(size: try number(root, "size") ?? 32, access: root.value("access"))
        guard let peripheralsNode = root.child("peripherals") else { throw problem(root, "device.peripherals", "no <peripherals>") }
        let peripherals = peripheralsNode.children("peripheral")
        var byName: [String: XMLElementNode] = [:]
        for p in peripherals { if let n = p.value("name") { byName[n] = p } }
        var maps: [RegisterMap] = []
        for p in peripherals {
            guard let name = p.value("name") else { throw problem(p, "peripheral", "a <peripheral> has no <name>") }
            let path = "peripheral \(name)"
            guard let base = try number(p, "baseAddress") else { throw problem(p, path + ".baseAddress", "missing <baseAddress>") }
            var registersParent = p
            if p.child("registers") == nil, let from = p.attributes["derivedFrom"] {
                guard let source = byName[from] else { throw problem(p, path + ".derivedFrom", "derives from \(from), which is not in this file") }
                registersParent = source
            }
            let pDefaults = try defaults.overridden(by: p, importer: self)
            var registers: [RegisterDefinition] = []
            if let regs = registersParent.child("registers") {
                var budget = Self.maximumElements
                try collect(regs, prefix: "", offset: 0, defaults: pDefaults, path: path, budget: &budget, into: &registers)
            }
            let description = p.value("description") ?? (registersParent.value("description"))
            maps.append(RegisterMap(name: name, title: description.map { "\(name): \(Self.oneLine($0))" } ?? name,
                                    spec: "CMSIS-SVD \(PathName.lastComponent(of: file))",
                                    selectors: selectors ?? [.physical(base)],
                                    bar: selectors == nil ? nil : bar,
                                    registers: registers, source: file))
        }
        return maps
    }

    struct Defaults {
        var size: UInt64
        var access: String?

        func overridden(by node: XMLElementNode, importer: SVDImporter) throws(RegisterMapError) -> Defaults {
            Defaults(size: try importer.number(node, "size") ?? size, access: node.value("access") ?? access)
        }
    }

    /// `budget`: how many more registers and cluster instances the peripheral may expand to.
    private func collect(_ parent: XMLElementNode, prefix: String, offset: UInt64, defaults: Defaults, path: String,
                         budget: inout Int, into registers: inout [RegisterDefinition]) throws(RegisterMapError) {
        for node in parent.children where node.name == "register" || node.name == "cluster" {
            guard let rawName = node.value("name") else { throw problem(node, path, "a <\(node.name)> has no <name>") }
            guard let addressOffset = try number(node, "addressOffset") else {
                throw problem(node, "\(path).\(rawName).addressOffset", "missing <addressOffset>")
            }
            let d = try defaults.overridden(by: node, importer: self)
            let names = try instances(node, rawName, path, budget: budget)
            budget -= names.count
            let step = try number(node, "dimIncrement") ?? 0
            for (index, instanceName) in names.enumerated() {
                let (scaled, o1) = UInt64(index).multipliedReportingOverflow(by: step)
                let (base, o2) = offset.addingReportingOverflow(addressOffset)
                let (at, o3) = base.addingReportingOverflow(scaled)
                guard !o1, !o2, !o3 else {
                    throw problem(node, "\(path).\(instanceName).addressOffset", "the address offset does not fit in 64 bits")
                }
                if node.name == "cluster" {
                    try collect(node, prefix: prefix + instanceName + "_", offset: at, defaults: d, path: "\(path).\(instanceName)",
                                budget: &budget, into: &registers)
                } else {
                    registers.append(try register(node, name: prefix + instanceName, offset: at, defaults: d, path: "\(path).\(instanceName)"))
                }
            }
        }
    }

    /// Names of a `dim` array's elements (`R%s` with dimIndex or 0…dim-1), or the one name.
    /// At most `budget` names; more is an error naming the element.
    private func instances(_ node: XMLElementNode, _ name: String, _ path: String, budget: Int) throws(RegisterMapError) -> [String] {
        func tooMany(_ count: String) -> RegisterMapError {
            problem(node, "\(path).\(name).dim", "\(count) elements would take this peripheral past \(Self.maximumElements) registers and clusters")
        }
        guard let dim = try number(node, "dim") else {
            guard budget >= 1 else { throw tooMany("1 more") }
            return [name]
        }
        guard dim <= UInt64(budget) else { throw tooMany("\(dim)") }
        var indices = (0..<Int(dim)).map(String.init)
        if let list = node.value("dimIndex") {
            // `0-3` (a numeric range) or `A,B,C` (a list), as CMSIS-SVD's dimIndexType allows.
            let bounds = list.split(separator: "-").compactMap { Int($0.trimmingWhitespace()) }
            if !list.contains(","), bounds.count == 2, bounds[0] <= bounds[1] {
                guard bounds[1].subtractingReportingOverflow(bounds[0]).partialValue < budget, bounds[0] >= 0 else {
                    throw tooMany("dimIndex \(list):")
                }
                indices = (bounds[0]...bounds[1]).map(String.init)
            } else {
                indices = list.split(separator: ",").map { $0.trimmingWhitespace() }
            }
        }
        guard indices.count <= budget else { throw tooMany("\(indices.count)") }
        return indices.map { name.replacing("[%s]", with: $0).replacing("%s", with: $0) }
    }

    private func register(_ node: XMLElementNode, name: String, offset: UInt64, defaults: Defaults, path: String) throws(RegisterMapError) -> RegisterDefinition {
        guard let width = AccessWidth(bits: Int(defaults.size)) else {
            throw problem(node, path + ".size", "register size \(defaults.size) is not 8, 16, 32 or 64")
        }
        guard offset % UInt64(width.bytes) == 0 else {
            throw problem(node, path + ".addressOffset", "offset 0x\(hex(offset, 1)) is not aligned to the \(width.bytes)-byte size")
        }
        let registerAccess = try access(defaults.access, modified: node.value("modifiedWriteValues"), node: node, path: path)
        var sideEffects: [String] = []
        if let action = node.value("readAction") { sideEffects.append(Self.describe(readAction: action, subject: "the register")) }
        var fields: [FieldDefinition] = []
        for f in node.child("fields")?.children("field") ?? [] {
            guard let fname = f.value("name") else { throw problem(f, path + ".fields", "a <field> has no <name>") }
            let fpath = "\(path).\(fname)"
            let bits = try bitRange(f, fpath)
            guard bits.msb < width.bits else { throw problem(f, fpath, "bits \(bits) lie outside the \(width.bits)-bit register") }
            if let other = fields.first(where: { $0.bits.overlaps(bits) }) {
                throw problem(f, fpath, "bits \(bits) overlap field \(other.name)")
            }
            let faccess = try access(f.value("access") ?? defaults.access, modified: f.value("modifiedWriteValues") ?? node.value("modifiedWriteValues"), node: f, path: fpath)
            if let action = f.value("readAction") { sideEffects.append(Self.describe(readAction: action, subject: fname)) }
            var values: [EnumeratedValue] = []
            for group in f.children("enumeratedValues") where group.value("usage") != "write" {
                for ev in group.children("enumeratedValue") {
                    guard let evName = ev.value("name"), let raw = ev.value("value"),
                          let v = Self.parseSVDNumber(raw), v <= bits.maxValue else { continue }
                    values.append(EnumeratedValue(value: v, name: evName, description: ev.value("description").map(Self.oneLine)))
                }
            }
            fields.append(FieldDefinition(name: fname, bits: bits, access: faccess,
                                          description: f.value("description").map(Self.oneLine), values: values))
        }
        if fields.isEmpty {
            fields = [FieldDefinition(name: name, bits: BitRange(lsb: 0, msb: width.bits - 1), access: registerAccess)]
        }
        return RegisterDefinition(name: name, offset: offset, width: width,
                                  description: node.value("description").map(Self.oneLine),
                                  readSideEffect: sideEffects.isEmpty ? nil : sideEffects.joined(separator: "; "),
                                  fields: fields)
    }

    private func bitRange(_ f: XMLElementNode, _ path: String) throws(RegisterMapError) -> BitRange {
        if let o = try number(f, "bitOffset") {
            let w = try number(f, "bitWidth") ?? 1
            guard w >= 1, o < 64, w <= 64 - o else { throw problem(f, path, "bitOffset \(o) + bitWidth \(w) exceeds 64 bits") }
            return BitRange(lsb: Int(o), msb: Int(o + w - 1))
        }
        if let l = try number(f, "lsb"), let m = try number(f, "msb") {
            guard l <= m, m < 64 else { throw problem(f, path, "lsb \(l) / msb \(m) is not a bit range") }
            return BitRange(lsb: Int(l), msb: Int(m))
        }
        if let r = f.value("bitRange") {
            guard let b = BitRange(parsing: r) else { throw problem(f, path + ".bitRange", "\"\(r)\" is not [msb:lsb]") }
            return b
        }
        throw problem(f, path, "no bit position (<bitOffset>/<bitWidth>, <lsb>/<msb> or <bitRange>)")
    }

    private func access(_ svd: String?, modified: String?, node: XMLElementNode, path: String) throws(RegisterMapError) -> FieldAccess {
        switch modified {
        case "oneToClear": return .writeOneToClear
        case "oneToSet": return .writeOneToSet
        default: break
        }
        switch svd {
        case nil, "read-write", "read-writeOnce": return .readWrite
        case "read-only": return .readOnly
        case "write-only", "writeOnce": return .writeOnly
        case let other?: throw problem(node, path + ".access", "\"\(other)\" is not an SVD access (read-only, write-only, read-write, writeOnce, read-writeOnce)")
        }
    }

    static func describe(readAction: String, subject: String) -> String {
        switch readAction {
        case "clear": return "reading clears \(subject) (SVD readAction clear)"
        case "set": return "reading sets \(subject) (SVD readAction set)"
        case "modify": return "reading modifies \(subject) (SVD readAction modify)"
        case "modifyExternal": return "reading \(subject) has an effect elsewhere (SVD readAction modifyExternal)"
        default: return "reading \(subject) has a side effect (SVD readAction \(readAction))"
        }
    }

    /// SVD scaled non-negative integers: `0x1F`, `0X1f`, `#0101` (binary), `0b101`, `42`.
    public static func parseSVDNumber(_ raw: String) -> UInt64? {
        let t = raw.trimmingWhitespace()
        if t.hasPrefix("#") { return UInt64(t.dropFirst(), radix: 2) }
        return RegisterMapParser.parseNumber(t)
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func number(_ node: XMLElementNode, _ child: String) throws(RegisterMapError) -> UInt64? {
        guard let raw = node.value(child) else { return nil }
        guard let n = Self.parseSVDNumber(raw) else {
            throw RegisterMapError(file: file, line: node.child(child)?.line, field: child, message: "\"\(raw)\" is not a number")
        }
        return n
    }

    private func problem(_ node: XMLElementNode, _ field: String, _ message: String) -> RegisterMapError {
        RegisterMapError(file: file, line: node.line, field: field, message: message)
    }
}
