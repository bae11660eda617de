/// Reads the hwx map format (YAML; documented in Resources/RegisterMaps/README.md) into
/// `RegisterMap`s. A file holds one map per YAML document (`---` separates several).
/// Every problem names the file, the line and the field path; unknown keys are errors, so a
/// typo (`widht:`) is caught instead of silently ignored.
public struct RegisterMapParser: Sendable {
    /// Name used in errors and recorded as each map's `source`.
    public let file: String

    public init(file: String) { self.file = file }

    /// All maps in `text`, or the first problem found.
    public func parse(_ text: String) throws(RegisterMapError) -> [RegisterMap] {
        let documents: [YAMLNode]
        do {
            documents = try YAMLReader().documents(text)
        } catch {
            throw RegisterMapError(file: file, line: error.line, field: nil, message: "not valid YAML: \(error.problem)")
        }
        guard !documents.isEmpty else {
            throw RegisterMapError(file: file, line: nil, field: nil, message: "the file holds no map (expected keys name, title, applies-to, registers)")
        }
        var maps: [RegisterMap] = []
        for document in documents { maps.append(try map(document)) }
        return maps
    }

    // MARK: - Map

    private static let mapKeys: Set<String> = ["name", "title", "spec", "applies-to", "bar", "registers"]

    private func map(_ node: YAMLNode) throws(RegisterMapError) -> RegisterMap {
        let keys = try mapping(node, "")
        try rejectUnknown(keys, allowed: Self.mapKeys, path: "")
        let name = try string(keys, "name", "", required: true)!
        let title = try string(keys, "title", "", required: false) ?? name
        let spec = try string(keys, "spec", "", required: false)
        guard let appliesNode = keys["applies-to"] else { throw problem(node, nil, "missing key applies-to (e.g. `applies-to: [{class: 01:08:02}]` or `[{iomem: HPET 0}]`)") }
        var selectors: [MapSelector] = []
        for (i, item) in try sequence(appliesNode, "applies-to").enumerated() {
            selectors.append(try selector(item, "applies-to[\(i)]"))
        }
        guard !selectors.isEmpty else { throw problem(appliesNode, "applies-to", "lists nothing the map applies to") }
        var bar: Int?
        if let barNode = keys["bar"] {
            guard let n = number(barNode), n <= 5 else { throw problem(barNode, "bar", "\(text(barNode)) is not a BAR index 0…5") }
            bar = Int(n)
        }
        let isPCI = selectors.contains { if case .pciDevice = $0 { true } else if case .pciClass = $0 { true } else { false } }
        if isPCI && bar == nil { throw problem(node, "bar", "a map for a PCI device must say which BAR holds its registers (`bar: 0`)") }
        guard let registersNode = keys["registers"] else { throw problem(node, nil, "missing key registers") }
        var registers: [RegisterDefinition] = []
        var registerNodes: [YAMLNode] = []
        var registerPaths: [String] = []
        var arrays: [(array: RegisterArray, node: YAMLNode, path: String)] = []
        // Names are unique regardless of case (targets name registers case-insensitively);
        // a dictionary keeps a map of many registers linear to check.
        var registerByName: [String: Int] = [:]
        for (i, item) in try sequence(registersNode, "registers").enumerated() {
            let path = "registers[\(i)]"
            if let keys = item.mapping, keys.contains(where: { text($0.key) == "array" }) {
                let a = try array(item, path)
                if arrays.contains(where: { $0.array.name.equalsIgnoringCase(a.name) }) {
                    throw problem(item, path + ".name", "array \(a.name) is defined twice")
                }
                arrays.append((a, item, path))
                continue
            }
            let r = try register(item, path, inArray: false)
            guard registerByName.updateValue(registers.count, forKey: r.name.lowercased()) == nil else {
                throw problem(item, path + ".name", "register \(r.name) is defined twice")
            }
            registers.append(r)
            registerNodes.append(item)
            registerPaths.append(path)
        }
        for (a, node, path) in arrays {
            if let clash = registers.first(where: { a.index(ofElementNamed: $0.name) != nil }) {
                throw problem(node, path + ".name", "register \(clash.name) has the name of an element of array \(a.name); remove one of them")
            }
            for ref in a.references {
                guard let base = registerByName[ref.register.lowercased()].map({ registers[$0] }) else {
                    throw problem(node, path + ".array", "no register named \(ref.register) in this map (arrays read fields of plain registers)")
                }
                if let f = ref.field, base.field(named: f) == nil {
                    throw problem(node, path + ".array", "register \(base.name) has no field \(f)")
                }
                if base.relativeTo != nil { throw problem(node, path + ".array", "\(base.name) is relative; an array can only read registers at fixed offsets") }
            }
            if let ref = a.element.relativeTo {
                guard let base = registerByName[ref.register.lowercased()].map({ registers[$0] }) else {
                    throw problem(node, path + ".relative-to", "no register named \(ref.register) in this map")
                }
                if let f = ref.field, base.field(named: f) == nil { throw problem(node, path + ".relative-to", "register \(base.name) has no field \(f)") }
                if base.relativeTo != nil { throw problem(node, path + ".relative-to", "\(base.name) is itself relative; chains are not supported") }
            }
        }
        for (i, r) in registers.enumerated() {
            guard let ref = r.relativeTo else { continue }
            let path = registerPaths[i] + ".relative-to"
            let node = registerNodes[i]
            guard let base = registerByName[ref.register.lowercased()].map({ registers[$0] }) else {
                throw problem(node, path, "no register named \(ref.register) in this map")
            }
            if let f = ref.field, base.field(named: f) == nil {
                throw problem(node, path, "register \(base.name) has no field \(f)")
            }
            if base.relativeTo != nil { throw problem(node, path, "\(base.name) is itself relative; chains are not supported") }
        }
        return RegisterMap(name: name, title: title, spec: spec, selectors: selectors, bar: bar, registers: registers,
                           arrays: arrays.map(\.array), source: file)
    }

    private func selector(_ node: YAMLNode, _ path: String) throws(RegisterMapError) -> MapSelector {
        let keys = try mapping(node, path)
        try rejectUnknown(keys, allowed: ["pci", "subsystem", "class", "iomem", "phys"], path: path)
        if let pci = keys["pci"] {
            guard let (v, d) = MapSelector.parseIDPair(text(pci)) else {
                throw problem(pci, path + ".pci", "\"\(text(pci))\" is not vendor:device in hex (e.g. 1234:11e8)")
            }
            var sv: UInt16?, sd: UInt16?
            if let sub = keys["subsystem"] {
                guard let pair = MapSelector.parseIDPair(text(sub)) else {
                    throw problem(sub, path + ".subsystem", "\"\(text(sub))\" is not subsystem-vendor:subsystem-device in hex (e.g. 1af4:1100)")
                }
                (sv, sd) = pair
            }
            return .pciDevice(vendor: v, device: d, subsystemVendor: sv, subsystemDevice: sd)
        }
        if let cls = keys["class"] {
            guard let s = MapSelector.parseClass(text(cls)) else {
                throw problem(cls, path + ".class", "\"\(text(cls))\" is not a class code base[:sub[:prog-if]] in hex (e.g. 01:08:02)")
            }
            return s
        }
        if let region = keys["iomem"] {
            let name = text(region)
            guard !name.isEmpty else { throw problem(region, path + ".iomem", "region name is empty") }
            return .iomemRegion(name)
        }
        if let phys = keys["phys"] {
            guard let a = number(phys) else { throw problem(phys, path + ".phys", "\"\(text(phys))\" is not an address") }
            return .physical(a)
        }
        throw problem(node, path, "expected one of pci: VVVV:DDDD, class: BB:SS:PP, iomem: NAME, phys: ADDR")
    }

    // MARK: - Register

    private static let registerKeys: Set<String> = ["name", "offset", "width", "description", "access", "read-side-effect", "summary", "fields", "relative-to"]

    // MARK: - Array

    /// `array: {count: EXPR, stride: EXPR, index: "A,B,C"}` on a register whose name holds
    /// `%s` and whose offset (element 0's) may be an expression.
    private func array(_ node: YAMLNode, _ path: String) throws(RegisterMapError) -> RegisterArray {
        let keys = try mapping(node, path)
        try rejectUnknown(keys, allowed: Self.registerKeys.union(["array"]), path: path)
        let element = try register(node, path, inArray: true)
        guard element.name.ranges(of: "%s").count == 1 else {
            throw problem(keys["name"]!, path + ".name", "an array's name holds %s once, where the index goes (e.g. P%sCMD)")
        }
        let offset = try expression(keys["offset"]!, path + ".offset")
        if let c = offset.constant, c % UInt64(element.width.bytes) != 0 {
            throw problem(keys["offset"]!, path + ".offset", "offset 0x\(hex(c, 1)) is not aligned to the \(element.width.bytes)-byte width")
        }
        let arrayKeys = try mapping(keys["array"]!, path + ".array")
        try rejectUnknown(arrayKeys, allowed: ["count", "stride", "index"], path: path + ".array")
        guard let countNode = arrayKeys["count"] else { throw problem(keys["array"]!, path + ".array", "missing key count (e.g. `count: 32` or `count: GCAP_ID.NUM_TIM_CAP + 1`)") }
        guard let strideNode = arrayKeys["stride"] else { throw problem(keys["array"]!, path + ".array", "missing key stride (e.g. `stride: 0x80` or `stride: 4 << CAP.DSTRD`)") }
        let count = try expression(countNode, path + ".array.count")
        let stride = try expression(strideNode, path + ".array.stride")
        let bytes = UInt64(element.width.bytes)
        if let s = stride.constant, count.constant.map({ $0 > 1 }) ?? true, s < bytes || s % bytes != 0 {
            throw problem(strideNode, path + ".array.stride", "stride \(s) is not a non-zero multiple of the \(bytes)-byte width")
        }
        var indexNames: [String]?
        if let indexNode = arrayKeys["index"] {
            let names = text(indexNode).split(separator: ",").map { $0.trimmingWhitespace() }
            guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty && Self.isIdentifier($0) }) else {
                throw problem(indexNode, path + ".array.index", "\"\(text(indexNode))\" is not a list of index names (e.g. \"A,B,C\")")
            }
            guard Set(names.map { $0.lowercased() }).count == names.count else {
                throw problem(indexNode, path + ".array.index", "an index name appears twice in \"\(text(indexNode))\"")
            }
            if let n = count.constant, n != UInt64(names.count) {
                throw problem(indexNode, path + ".array.index", "\(names.count) index names for a count of \(n)")
            }
            indexNames = names
        }
        return RegisterArray(element: element, offset: offset, count: count, stride: stride, indexNames: indexNames)
    }

    private func expression(_ node: YAMLNode, _ path: String) throws(RegisterMapError) -> RegisterExpression {
        let result: Result<RegisterExpression, RegisterExpressionError>
        do { result = .success(try RegisterExpression(parsing: text(node))) } catch { result = .failure(error) }
        switch result {
        case .success(let e): return e
        case .failure(let e): throw problem(node, path, e.description)
        }
    }

    private func register(_ node: YAMLNode, _ path: String, inArray: Bool) throws(RegisterMapError) -> RegisterDefinition {
        let keys = try mapping(node, path)
        try rejectUnknown(keys, allowed: inArray ? Self.registerKeys.union(["array"]) : Self.registerKeys, path: path)
        let name = try string(keys, "name", path, required: true)!
        try checkIdentifier(inArray ? name.replacing("%s", with: "0") : name, keys["name"]!, path + ".name")
        guard let offsetNode = keys["offset"] else { throw problem(node, path, "register \(name) has no offset") }
        guard let widthNode = keys["width"] else { throw problem(node, path, "register \(name) has no width (8, 16, 32 or 64)") }
        guard let bits = number(widthNode), let width = AccessWidth(bits: Int(bits)) else {
            throw problem(widthNode, path + ".width", "\"\(text(widthNode))\" is not 8, 16, 32 or 64")
        }
        var offset: UInt64 = 0
        if !inArray {
            guard let n = number(offsetNode) else { throw problem(offsetNode, path + ".offset", "\"\(text(offsetNode))\" is not a number (hex 0x…, binary 0b… or decimal)") }
            offset = n
        }
        guard offset % UInt64(width.bytes) == 0 else {
            throw problem(offsetNode, path + ".offset", "offset 0x\(hex(offset, 1)) is not aligned to the \(width.bytes)-byte width")
        }
        var defaultAccess = FieldAccess.readWrite
        if let a = keys["access"] {
            guard let parsed = FieldAccess(spelling: text(a)) else { throw problem(a, path + ".access", accessHelp(text(a))) }
            defaultAccess = parsed
        }
        var fields: [FieldDefinition] = []
        if let fieldsNode = keys["fields"] {
            for (i, item) in try sequence(fieldsNode, path + ".fields").enumerated() {
                let fpath = "\(path).fields[\(i)]"
                let f = try field(item, fpath, width: width, defaultAccess: defaultAccess)
                if let other = fields.first(where: { $0.bits.overlaps(f.bits) }) {
                    throw problem(item, fpath + ".bits", "bits \(f.bits) of \(f.name) overlap bits \(other.bits) of \(other.name)")
                }
                if fields.contains(where: { $0.name.equalsIgnoringCase(f.name) }) {
                    throw problem(item, fpath + ".name", "field \(f.name) is defined twice in \(name)")
                }
                fields.append(f)
            }
        } else {
            // A register without fields is one field spanning it, so decoding and writes work alike.
            fields = [FieldDefinition(name: name, bits: BitRange(lsb: 0, msb: width.bits - 1), access: defaultAccess)]
        }
        let summary = try string(keys, "summary", path, required: false)
        if let summary, let node = keys["summary"] {
            for ref in Self.templateReferences(summary) where !fields.contains(where: { $0.name.equalsIgnoringCase(ref) }) {
                throw problem(node, path + ".summary", "{\(ref)} names no field of \(name)")
            }
        }
        var relativeTo: FieldReference?
        if let r = keys["relative-to"] {
            guard let ref = FieldReference(parsing: text(r)) else { throw problem(r, path + ".relative-to", "\"\(text(r))\" is not REG or REG.FIELD") }
            relativeTo = ref
        }
        return RegisterDefinition(name: name, offset: offset, width: width,
                                  description: try string(keys, "description", path, required: false),
                                  readSideEffect: try string(keys, "read-side-effect", path, required: false),
                                  summary: summary, fields: fields, relativeTo: relativeTo)
    }

    static func templateReferences(_ template: String) -> [String] {
        var refs: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            refs.append(String(rest[rest.index(after: open)..<close].split(separator: ":").first ?? ""))
            rest = rest[rest.index(after: close)...]
        }
        return refs
    }

    // MARK: - Field

    private func field(_ node: YAMLNode, _ path: String, width: AccessWidth, defaultAccess: FieldAccess) throws(RegisterMapError) -> FieldDefinition {
        let keys = try mapping(node, path)
        try rejectUnknown(keys, allowed: ["name", "bits", "access", "description", "values"], path: path)
        let name = try string(keys, "name", path, required: true)!
        try checkIdentifier(name, keys["name"]!, path + ".name")
        guard let bitsNode = keys["bits"] else { throw problem(node, path, "field \(name) has no bits (e.g. `bits: 15:8` or `bits: 3`)") }
        guard let bits = BitRange(parsing: text(bitsNode)), bits.msb < width.bits else {
            throw problem(bitsNode, path + ".bits", "\"\(text(bitsNode))\" is not a bit range inside a \(width.bits)-bit register (msb:lsb, e.g. 15:8)")
        }
        var access = defaultAccess
        if let a = keys["access"] {
            guard let parsed = FieldAccess(spelling: text(a)) else { throw problem(a, path + ".access", accessHelp(text(a))) }
            access = parsed
        }
        var values: [EnumeratedValue] = []
        if let valuesNode = keys["values"] {
            guard let pairs = valuesNode.mapping else {
                throw problem(valuesNode, path + ".values", "expected a mapping of value to name, e.g. `{0: disabled, 1: enabled}`")
            }
            for (k, v) in pairs {
                let vpath = "\(path).values[\(text(k))]"
                guard let n = number(k) else { throw problem(k, vpath, "\"\(text(k))\" is not a number") }
                guard n <= bits.maxValue else { throw problem(k, vpath, "value \(n) does not fit the \(bits.width)-bit field \(name)") }
                let (vname, vdesc) = Self.splitValueText(text(v))
                guard !vname.isEmpty else { throw problem(v, vpath, "value \(n) has no name") }
                values.append(EnumeratedValue(value: n, name: vname, description: vdesc))
            }
        }
        return FieldDefinition(name: name, bits: bits, access: access,
                               description: try string(keys, "description", path, required: false), values: values)
    }

    /// `NVM: NVM command set` → name `NVM`, description `NVM command set`; `enabled` → name only.
    static func splitValueText(_ text: String) -> (String, String?) {
        guard let colon = text.firstRange(of: ": ") else { return (text.trimmingWhitespace(), nil) }
        return (text[..<colon.lowerBound].trimmingWhitespace(), text[colon.upperBound...].trimmingWhitespace())
    }

    // MARK: - Node helpers

    private func mapping(_ node: YAMLNode, _ path: String) throws(RegisterMapError) -> [String: YAMLNode] {
        guard let m = node.mapping else {
            throw problem(node, path.isEmpty ? nil : path, "expected a mapping of keys (key: value)")
        }
        var keys: [String: YAMLNode] = [:]
        for (k, v) in m {
            let key = text(k)
            if keys[key] != nil { throw problem(k, path.isEmpty ? key : "\(path).\(key)", "key \(key) appears twice") }
            keys[key] = v
        }
        return keys
    }

    private func sequence(_ node: YAMLNode, _ path: String) throws(RegisterMapError) -> [YAMLNode] {
        guard let s = node.sequence else { throw problem(node, path, "expected a list (- item)") }
        return Array(s)
    }

    private func rejectUnknown(_ keys: [String: YAMLNode], allowed: Set<String>, path: String) throws(RegisterMapError) {
        for (key, node) in keys where !allowed.contains(key) {
            throw problem(node, path.isEmpty ? key : "\(path).\(key)", "unknown key \(key) (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    private func string(_ keys: [String: YAMLNode], _ key: String, _ path: String, required: Bool) throws(RegisterMapError) -> String? {
        guard let node = keys[key] else {
            if required { throw RegisterMapError(file: file, line: nil, field: path.isEmpty ? key : "\(path).\(key)", message: "missing key \(key)") }
            return nil
        }
        guard let s = node.scalar else { throw problem(node, path.isEmpty ? key : "\(path).\(key)", "expected text") }
        let trimmed = s.trimmingWhitespace()
        if required && trimmed.isEmpty { throw problem(node, path.isEmpty ? key : "\(path).\(key)", "\(key) is empty") }
        return trimmed
    }

    private static func isIdentifier(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "_" || $0 == "-" || $0 == "[" || $0 == "]" }
    }

    private func checkIdentifier(_ name: String, _ node: YAMLNode, _ path: String) throws(RegisterMapError) {
        guard Self.isIdentifier(name) else { throw problem(node, path, "\"\(name)\" must be letters, digits, _ or - (it is typed in targets like REG.FIELD)") }
    }

    /// Letters, marks and digits of any script: Unicode general categories L*, M* and N*
    /// (what Foundation's `CharacterSet.alphanumerics` holds).
    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    private func accessHelp(_ spelled: String) -> String {
        "\"\(spelled)\" is not an access type (RW, RO, WO, RW1C or reserved)"
    }

    private func text(_ node: YAMLNode) -> String { node.scalar ?? "" }

    private func number(_ node: YAMLNode) -> UInt64? { Self.parseNumber(text(node)) }

    /// A number in a map file, in the one number syntax of hwx (`NumberSyntax`: `0x1f`,
    /// `0b101`, `31`, `_` between digits), surrounding spaces ignored.
    public static func parseNumber(_ raw: String) -> UInt64? {
        NumberSyntax.value(raw.trimmingWhitespace())
    }

    private func problem(_ node: YAMLNode, _ field: String?, _ message: String) -> RegisterMapError {
        RegisterMapError(file: file, line: node.line, field: field, message: message)
    }
}
