
/// Imports CMSIS-SVD files (Arm CMSIS-SVD schema 1.3: device → peripherals → registers →
/// fields → enumeratedValues) as register maps, one map per peripheral, applying to the
/// peripheral's `baseAddress` (reached through a `phys:` window).
///
/// Taken over, as vendors' files write them:
/// - sizes and access inherited device → peripheral → cluster → register → field; access
///   values case-insensitive in every spelling seen in vendor files (`read-write`,
///   `read-only`, `write-only`, `writeOnce`, `read-writeOnce`, `read-writeonce`, `RW`…);
/// - `derivedFrom` on peripherals, clusters, registers, fields and enumeratedValues (the
///   derived element is a copy of the base with its own child elements replacing the
///   base's; names resolve in the same scope first, then as a dotted path from the device:
///   `UART0.CR1.EN`);
/// - clusters, nested, with their `addressOffset` (flattened, names prefixed `CLUSTER_`);
/// - `dim` arrays: a register's `dim`/`dimIncrement`/`dimIndex` (`A,B,C` or `0-3`) becomes a
///   `RegisterArray`; a cluster's is expanded (its registers named per instance);
/// - `modifiedWriteValues` oneToClear/oneToSet (→ RW1C/RW1S), `readAction` (→ read side effect).
///
/// A broken element (no name, no offset, an unknown size, overlapping bits, a `derivedFrom`
/// naming nothing, too many array elements …) is skipped with a warning naming its line and
/// path (`SVDImport.warnings`); only a file that is not SVD at all is an error.
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

    /// Deepest chain of `derivedFrom` followed (a derives from b derives from c …); longer
    /// chains and cycles are broken elements.
    static let maximumDerivation = 16

    /// The maps only (warnings dropped).
    public func importMaps(_ text: String) throws(RegisterMapError) -> [RegisterMap] {
        try importing(text).maps
    }

    public func importing(_ text: String) throws(RegisterMapError) -> SVDImport {
        let root: XMLElementNode
        do {
            root = try XMLTreeReader().read(text)
        } catch {
            throw RegisterMapError(file: file, line: error.line, field: nil, message: "not valid XML: \(error.message)")
        }
        guard root.name == "device" else {
            throw problem(root, "device", "the root element is <\(root.name)>, not <device>: this is not a CMSIS-SVD file")
        }
        guard let peripheralsNode = root.child("peripherals") else { throw problem(root, "device.peripherals", "no <peripherals>") }
        var warnings: [RegisterMapError] = []
        var defaults = Defaults(size: 32, access: nil)
        do { defaults = try Defaults(size: 32, access: nil).overridden(by: root, importer: self) } catch { warnings.append(error) }
        let peripherals = peripheralsNode.children("peripheral")
        let scope = Scope(device: root, peripherals: peripherals)
        var maps: [RegisterMap] = []
        for raw in peripherals {
            let label = "peripheral " + (raw.value("name") ?? "#\(maps.count + 1)")
            var p = raw
            do { p = try resolve(raw, siblings: peripherals, scope: scope, path: label) } catch { warnings.append(skipped(error)); continue }
            guard let name = p.value("name") else { warnings.append(skipped(problem(p, "peripheral", "a <peripheral> has no <name>"))); continue }
            let path = "peripheral \(name)"
            let base: UInt64
            do throws(RegisterMapError) {
                guard let b = try number(p, "baseAddress") else { throw problem(p, path + ".baseAddress", "missing <baseAddress>") }
                base = b
            } catch { warnings.append(skipped(error)); continue }
            var pDefaults = defaults
            do { pDefaults = try defaults.overridden(by: p, importer: self) } catch { warnings.append(error) }
            var collected = Collected()
            if let regs = p.child("registers") {
                var budget = Self.maximumElements
                collect(regs, prefix: "", offset: 0, defaults: pDefaults, path: path, scope: scope, budget: &budget,
                        depth: 0, into: &collected, warnings: &warnings)
            }
            let description = p.value("description")
            maps.append(RegisterMap(name: name, title: description.map { "\(name): \(Self.oneLine($0))" } ?? name,
                                    spec: "CMSIS-SVD \(PathName.lastComponent(of: file))",
                                    selectors: selectors ?? [.physical(base)],
                                    bar: selectors == nil ? nil : bar,
                                    registers: collected.registers, arrays: collected.arrays, source: file))
        }
        return SVDImport(maps: maps, warnings: warnings)
    }

    struct Defaults {
        var size: UInt64
        var access: String?

        func overridden(by node: XMLElementNode, importer: SVDImporter) throws(RegisterMapError) -> Defaults {
            Defaults(size: try importer.number(node, "size") ?? size, access: node.value("access") ?? access)
        }
    }

    /// Registers and arrays of one peripheral, as collected.
    struct Collected {
        var registers: [RegisterDefinition] = []
        var arrays: [RegisterArray] = []
    }

    /// The device and its peripherals, for `derivedFrom` paths (`UART0.CR1`).
    struct Scope {
        let device: XMLElementNode
        let peripherals: [XMLElementNode]
    }

    /// `budget`: how many more registers and cluster instances the peripheral may expand to.
    private func collect(_ parent: XMLElementNode, prefix: String, offset: UInt64, defaults: Defaults, path: String, scope: Scope,
                         budget: inout Int, depth: Int, into collected: inout Collected, warnings: inout [RegisterMapError]) {
        let siblings = parent.children.filter { $0.name == "register" || $0.name == "cluster" }
        for raw in siblings {
            let label = "\(path).\(raw.value("name") ?? "<\(raw.name)> on line \(raw.line)")"
            do throws(RegisterMapError) {
                let node = try resolve(raw, siblings: siblings, scope: scope, path: label)
                guard let rawName = node.value("name") else { throw problem(node, path, "a <\(node.name)> has no <name>") }
                guard let addressOffset = try number(node, "addressOffset") else {
                    throw problem(node, "\(path).\(rawName).addressOffset", "missing <addressOffset>")
                }
                let d = try defaults.overridden(by: node, importer: self)
                let (base, o1) = offset.addingReportingOverflow(addressOffset)
                guard !o1 else { throw problem(node, "\(path).\(rawName).addressOffset", "the address offset does not fit in 64 bits") }
                let labels = try indexLabels(node, rawName, path, budget: budget)
                let step = try number(node, "dimIncrement") ?? 0
                if node.name == "register" {
                    guard let labels else {
                        budget -= 1
                        collected.registers.append(try register(node, name: prefix + rawName, offset: base, defaults: d,
                                                                path: "\(path).\(rawName)", scope: scope, warnings: &warnings))
                        continue
                    }
                    budget -= labels.count
                    collected.arrays.append(try array(node, name: prefix + rawName, offset: base, stride: step, labels: labels,
                                                      defaults: d, path: "\(path).\(rawName)", scope: scope, warnings: &warnings))
                    continue
                }
                guard depth < 64 else { throw problem(node, "\(path).\(rawName)", "clusters nest deeper than 64") }
                let instances = labels.map { l in l.map { Self.instanceName(rawName, $0) } } ?? [rawName]
                budget -= instances.count
                for (index, instanceName) in instances.enumerated() {
                    let (scaled, o2) = UInt64(index).multipliedReportingOverflow(by: step)
                    let (at, o3) = base.addingReportingOverflow(scaled)
                    guard !o2, !o3 else { throw problem(node, "\(path).\(instanceName).addressOffset", "the address offset does not fit in 64 bits") }
                    collect(node, prefix: prefix + instanceName + "_", offset: at, defaults: d, path: "\(path).\(instanceName)", scope: scope,
                            budget: &budget, depth: depth + 1, into: &collected, warnings: &warnings)
                }
            } catch {
                warnings.append(skipped(error))
            }
        }
    }

    /// `R%s` / `R[%s]` with index `label`.
    static func instanceName(_ name: String, _ label: String) -> String {
        name.replacing("[%s]", with: label).replacing("%s", with: label)
    }

    /// The index labels of a `dim` element (`dimIndex` `A,B,C` or `0-3`, else 0…dim-1), nil
    /// without `dim`. At most `budget`; more is an error naming the element.
    private func indexLabels(_ node: XMLElementNode, _ name: String, _ path: String, budget: Int) throws(RegisterMapError) -> [String]? {
        func tooMany(_ count: String) -> RegisterMapError {
            problem(node, "\(path).\(name).dim", "\(count) elements would take this peripheral past \(Self.maximumElements) registers and clusters")
        }
        guard let dim = try number(node, "dim") else {
            guard budget >= 1 else { throw tooMany("1 more") }
            return nil
        }
        guard dim >= 1 else { throw problem(node, "\(path).\(name).dim", "dim is 0") }
        guard dim <= UInt64(budget) else { throw tooMany("\(dim)") }
        var labels = (0..<Int(dim)).map(String.init)
        if let list = node.value("dimIndex") {
            // `0-3` (a numeric range) or `A,B,C` (a list), as CMSIS-SVD's dimIndexType allows.
            let bounds = list.split(separator: "-").compactMap { Int($0.trimmingWhitespace()) }
            if !list.contains(","), bounds.count == 2, bounds[0] <= bounds[1] {
                guard bounds[1].subtractingReportingOverflow(bounds[0]).partialValue < budget, bounds[0] >= 0 else {
                    throw tooMany("dimIndex \(list):")
                }
                labels = (bounds[0]...bounds[1]).map(String.init)
            } else {
                labels = list.split(separator: ",").map { $0.trimmingWhitespace() }
            }
            guard labels.count == Int(dim) else {
                throw problem(node, "\(path).\(name).dimIndex", "dimIndex \"\(list)\" names \(labels.count) elements, dim is \(dim)")
            }
            guard !labels.contains(where: \.isEmpty), Set(labels.map { $0.lowercased() }).count == labels.count else {
                throw problem(node, "\(path).\(name).dimIndex", "dimIndex \"\(list)\" has an empty or repeated index")
            }
        }
        guard name.contains("%s") else {
            throw problem(node, "\(path).\(name).name", "a dim element's name must hold %s (or [%s]) where the index goes")
        }
        return labels
    }

    private func array(_ node: XMLElementNode, name: String, offset: UInt64, stride: UInt64, labels: [String], defaults: Defaults,
                       path: String, scope: Scope, warnings: inout [RegisterMapError]) throws(RegisterMapError) -> RegisterArray {
        let template = name.replacing("[%s]", with: "%s")
        guard template.ranges(of: "%s").count == 1 else { throw problem(node, path + ".name", "\"\(name)\" holds %s more than once") }
        let placed = try register(node, name: template, offset: offset, defaults: defaults, path: path, scope: scope, warnings: &warnings)
        // The element's own offset is unused (the array's `offset` places element 0), as in map files.
        let element = RegisterDefinition(name: placed.name, offset: 0, width: placed.width, description: placed.description,
                                         readSideEffect: placed.readSideEffect, summary: placed.summary, fields: placed.fields)
        let bytes = UInt64(element.width.bytes)
        if labels.count > 1 {
            guard stride >= bytes, stride % bytes == 0 else {
                throw problem(node, path + ".dimIncrement", "dimIncrement \(stride) is not a non-zero multiple of the \(bytes)-byte size")
            }
            let (span, o1) = UInt64(labels.count - 1).multipliedReportingOverflow(by: stride)
            guard !o1, !offset.addingReportingOverflow(span).overflow else {
                throw problem(node, path + ".dimIncrement", "the last element's offset does not fit in 64 bits")
            }
        }
        let numbered = labels == (0..<labels.count).map(String.init)
        return RegisterArray(element: element, offset: .number(offset), count: .number(UInt64(labels.count)),
                             stride: .number(stride), indexNames: numbered ? nil : labels)
    }

    private func register(_ node: XMLElementNode, name: String, offset: UInt64, defaults: Defaults, path: String, scope: Scope,
                          warnings: inout [RegisterMapError]) throws(RegisterMapError) -> RegisterDefinition {
        guard let width = AccessWidth(bits: Int(clamping: defaults.size)) else {
            throw problem(node, path + ".size", "register size \(defaults.size) is not 8, 16, 32 or 64")
        }
        guard offset % UInt64(width.bytes) == 0 else {
            throw problem(node, path + ".addressOffset", "offset 0x\(hex(offset, 1)) is not aligned to the \(width.bytes)-byte size")
        }
        let registerAccess = access(defaults.access, modified: node.value("modifiedWriteValues"), node: node, path: path, warnings: &warnings)
        var sideEffects: [String] = []
        if let action = node.value("readAction") { sideEffects.append(Self.describe(readAction: action, subject: "the register")) }
        var fields: [FieldDefinition] = []
        let fieldNodes = node.child("fields")?.children("field") ?? []
        for raw in fieldNodes {
            do throws(RegisterMapError) {
                let f = try resolve(raw, siblings: fieldNodes, scope: scope, path: "\(path).\(raw.value("name") ?? "<field>")")
                guard let fname = f.value("name") else { throw problem(f, path + ".fields", "a <field> has no <name>") }
                let fpath = "\(path).\(fname)"
                let bits = try bitRange(f, fpath)
                guard bits.msb < width.bits else { throw problem(f, fpath, "bits \(bits) lie outside the \(width.bits)-bit register") }
                if let other = fields.first(where: { $0.bits.overlaps(bits) }) {
                    throw problem(f, fpath, "bits \(bits) overlap field \(other.name)")
                }
                if fields.contains(where: { $0.name.equalsIgnoringCase(fname) }) { throw problem(f, fpath, "field \(fname) appears twice") }
                let faccess = access(f.value("access") ?? defaults.access, modified: f.value("modifiedWriteValues") ?? node.value("modifiedWriteValues"),
                                     node: f, path: fpath, warnings: &warnings)
                if let action = f.value("readAction") { sideEffects.append(Self.describe(readAction: action, subject: fname)) }
                var values: [EnumeratedValue] = []
                for rawGroup in f.children("enumeratedValues") {
                    let group: XMLElementNode
                    do { group = try resolveValues(rawGroup, scope: scope, path: fpath) } catch { warnings.append(skipped(error)); continue }
                    if group.value("usage")?.lowercased() == "write" { continue }
                    for ev in group.children("enumeratedValue") {
                        guard let evName = ev.value("name"), let raw = ev.value("value"),
                              let v = Self.parseSVDNumber(raw), v <= bits.maxValue,
                              !values.contains(where: { $0.value == v || $0.name.equalsIgnoringCase(evName) }) else { continue }
                        values.append(EnumeratedValue(value: v, name: evName, description: ev.value("description").map(Self.oneLine)))
                    }
                }
                fields.append(FieldDefinition(name: fname, bits: bits, access: faccess,
                                              description: f.value("description").map(Self.oneLine), values: values))
            } catch {
                warnings.append(skipped(error))
            }
        }
        if fields.isEmpty {
            fields = [FieldDefinition(name: name, bits: BitRange(lsb: 0, msb: width.bits - 1), access: registerAccess)]
        }
        return RegisterDefinition(name: name, offset: offset, width: width,
                                  description: node.value("description").map(Self.oneLine),
                                  readSideEffect: sideEffects.isEmpty ? nil : sideEffects.joined(separator: "; "),
                                  fields: fields)
    }

    // MARK: - derivedFrom

    /// `node` with its `derivedFrom` applied: the base (found among `siblings` by name, else
    /// as a dotted path from the device), itself resolved, with every child element that
    /// `node` has replacing the base's children of that name.
    func resolve(_ node: XMLElementNode, siblings: [XMLElementNode], scope: Scope, path: String,
                 depth: Int = 0) throws(RegisterMapError) -> XMLElementNode {
        guard let from = node.attributes["derivedFrom"]?.trimmingWhitespace(), !from.isEmpty else { return node }
        guard depth < Self.maximumDerivation else {
            throw problem(node, path + ".derivedFrom", "derivedFrom chains longer than \(Self.maximumDerivation) (a cycle?)")
        }
        let kind = node.name
        var base: XMLElementNode?
        var baseSiblings = siblings
        if let local = siblings.first(where: { $0.name == kind && $0.value("name") == from && $0 != node }) {
            base = local
        } else if let (found, around) = find(path: from, kind: kind, scope: scope) {
            base = found
            baseSiblings = around
        }
        guard let base else { throw problem(node, path + ".derivedFrom", "derives from \(from), which is not in this file") }
        let resolvedBase = try resolve(base, siblings: baseSiblings, scope: scope, path: path, depth: depth + 1)
        let own = Set(node.children.map(\.name))
        var attributes = resolvedBase.attributes.merging(node.attributes) { $1 }
        attributes["derivedFrom"] = nil
        return XMLElementNode(name: kind, attributes: attributes,
                              children: resolvedBase.children.filter { !own.contains($0.name) } + node.children,
                              text: node.text, line: node.line)
    }

    /// The element of `kind` at dotted `path` (`UART0.CR1.EN`, `TIMER0.CH.CTRL`) and its siblings.
    private func find(path: String, kind: String, scope: Scope) -> (XMLElementNode, [XMLElementNode])? {
        let parts = path.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        if parts.count == 1 {
            return kind == "peripheral" ? scope.peripherals.first { $0.value("name") == first }.map { ($0, scope.peripherals) } : nil
        }
        guard var at = scope.peripherals.first(where: { $0.value("name") == first }) else { return nil }
        for (i, part) in parts.dropFirst().enumerated() {
            let last = i == parts.count - 2
            let container: [XMLElementNode]
            switch at.name {
            case "peripheral": container = at.child("registers")?.children ?? []
            case "cluster": container = at.children
            case "register": container = at.child("fields")?.children ?? []
            default: return nil
            }
            let candidates = container.filter { ["register", "cluster", "field"].contains($0.name) }
            guard let next = candidates.first(where: { $0.value("name") == part }) else { return nil }
            if last { return next.name == kind ? (next, candidates) : nil }
            at = next
        }
        return nil
    }

    /// `<enumeratedValues derivedFrom="NAME">`: the device's enumeratedValues named NAME (the
    /// last part of a dotted path), with the derived element's own children added.
    private func resolveValues(_ node: XMLElementNode, scope: Scope, path: String) throws(RegisterMapError) -> XMLElementNode {
        guard let from = node.attributes["derivedFrom"]?.trimmingWhitespace(), !from.isEmpty else { return node }
        let name = from.split(separator: ".").last.map(String.init) ?? from
        guard let base = Self.firstEnumeratedValues(named: name, in: scope.device, depth: 0), base.attributes["derivedFrom"] == nil else {
            throw problem(node, path + ".enumeratedValues.derivedFrom", "derives from \(from), which names no <enumeratedValues> in this file")
        }
        return XMLElementNode(name: node.name, attributes: [:], children: base.children + node.children, text: node.text, line: node.line)
    }

    private static func firstEnumeratedValues(named name: String, in node: XMLElementNode, depth: Int) -> XMLElementNode? {
        guard depth < 64 else { return nil }
        for c in node.children {
            if c.name == "enumeratedValues", c.value("name") == name { return c }
            if let found = firstEnumeratedValues(named: name, in: c, depth: depth + 1) { return found }
        }
        return nil
    }

    // MARK: - Values

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

    /// An SVD access value in any spelling vendor files use, case-insensitive, with `-`, `_`
    /// and spaces ignored: read-write, read-only, write-only, writeOnce, read-writeOnce (and
    /// read-writeonce, READ-WRITE, RW, RO, WO). An unknown spelling is read as read-only (so
    /// hwx never writes a field it does not understand) with a warning.
    private func access(_ svd: String?, modified: String?, node: XMLElementNode, path: String,
                        warnings: inout [RegisterMapError]) -> FieldAccess {
        switch modified?.lowercased() {
        case "onetoclear": return .writeOneToClear
        case "onetoset": return .writeOneToSet
        default: break
        }
        guard let svd else { return .readWrite }
        switch svd.lowercased().filter({ $0 != "-" && $0 != "_" && $0 != " " }) {
        case "readwrite", "readwriteonce", "rw", "rwonce": return .readWrite
        case "readonly", "ro", "r": return .readOnly
        case "writeonly", "writeonce", "wo", "w": return .writeOnly
        default:
            warnings.append(problem(node.child("access") ?? node, path + ".access",
                                    "\"\(svd)\" is not an SVD access (read-only, write-only, read-write, writeOnce, read-writeOnce); taken as read-only"))
            return .readOnly
        }
    }

    static func describe(readAction: String, subject: String) -> String {
        switch readAction.lowercased() {
        case "clear": return "reading clears \(subject) (SVD readAction clear)"
        case "set": return "reading sets \(subject) (SVD readAction set)"
        case "modify": return "reading modifies \(subject) (SVD readAction modify)"
        case "modifyexternal": return "reading \(subject) has an effect elsewhere (SVD readAction modifyExternal)"
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
            throw RegisterMapError(file: file, line: node.child(child)?.line ?? node.line,
                                   field: "<\(node.name)> \(node.value("name") ?? "").\(child)", message: "\"\(raw)\" is not a number")
        }
        return n
    }

    /// The warning for a skipped element: its problem, saying it was skipped.
    private func skipped(_ e: RegisterMapError) -> RegisterMapError {
        RegisterMapError(file: e.file, line: e.line, field: e.field, message: e.message + "; skipped")
    }

    private func problem(_ node: XMLElementNode, _ field: String, _ message: String) -> RegisterMapError {
        RegisterMapError(file: file, line: node.line, field: field, message: message)
    }
}
