/// Turns named targets (`00:03.0/bar0/CAP.MQES`, `iomem:HPET 0/MAIN_COUNTER`) into the
/// register, field and concrete offset target they name, through a catalog of maps.
///
/// - `<device>/barN/REG`: the best map for that function's BAR N (`RegisterMapCatalog.map(for:bar:)`).
/// - `iomem:NAME/REG`: the map for the /proc/iomem region NAME, reached as `phys:` at the
///   region's start; when no region has that name, a map of that name with a fixed
///   physical base (an imported SVD peripheral) is used instead.
/// Registers placed `relative-to` another (xHCI operational registers) need one read of
/// the base register, array elements (`SQ1TDBL`, NVMe 2.0c §3.1.4.22) the reads of the
/// fields their stride and count depend on (`CAP.DSTRD`); `readWord` does them.
public struct NamedRegisterResolver: Sendable {
    public let catalog: RegisterMapCatalog

    public init(catalog: RegisterMapCatalog) { self.catalog = catalog }

    public func resolve(_ base: Target.NamedRegisterBase, register name: String, field fieldName: String?, machine: Machine,
                        readWord: (Target, AccessWidth) throws(AccessError) -> UInt64) throws(AccessError) -> NamedRegister {
        let map: RegisterMap
        // Where an offset of the map is as a target; nil when it is not an address (past 2^64).
        let place: (UInt64) -> Target?
        var limit: UInt64?
        switch base {
        case .config(let address):
            // setpci's names need no map: the config layouts describe them (`ConfigNameResolver`).
            return try ConfigNameResolver.namedRegister(address, register: name, field: fieldName, machine: machine)
        case .bar(let address, let index):
            guard let function = machine.function(address) else {
                throw AccessError(.notFound, operation: "no PCI function \(address.display) on this machine", fix: .choosePCIFunction(known: Array(machine.functions.prefix(12).map(\.address)), more: machine.functions.count > 12))
            }
            guard let found = catalog.map(for: function, bar: index) else {
                let others = (0..<6).compactMap { i in catalog.map(for: function, bar: i).map { "bar\(i) (\($0.name))" } }
                throw AccessError(.notFound,
                                  operation: "no register map for \(address.display) BAR\(index) (\(hex(function.vendorID, 4)):\(hex(function.deviceID, 4)), class \(hex(function.classCode, 6)))",
                                  fix: others.isEmpty
                                    ? .addRegisterMap(offsetTarget: "\(address.display)/bar\(index)+0x0")
                                    : .advice("maps exist for " + others.joined(separator: ", ")))
            }
            map = found
            place = { .bar(address, index: index, offset: $0) }
            limit = function.bars.first { $0.index == index }?.size
        case .iomemRegion(let regionName):
            if let region = machine.iomem?.regions(named: regionName).first {
                guard let found = catalog.map(forRegionNamed: regionName) else {
                    throw AccessError(.notFound, operation: "no register map for the iomem region \"\(regionName)\"",
                                      fix: .advice("use phys:0x\(hex(region.start, 1)) with an offset, or add a map with `applies-to: [{iomem: \(regionName)}]`"))
                }
                if machine.iomem?.addressesHidden == true {
                    throw AccessError(.notPermitted, operation: "find the address of \"\(regionName)\": /proc/iomem shows zeros to non-root users",
                                      fix: .runAsRoot)
                }
                map = found
                place = { offset in Self.physical(region.start, offset) }
                limit = region.size
            } else if let found = catalog.map(named: regionName),
                      case .physical(let start)? = found.selectors.first(where: { if case .physical = $0 { true } else { false } }) {
                map = found
                place = { offset in Self.physical(start, offset) }
            } else {
                let names = catalog.maps.flatMap(\.selectors).compactMap { s -> String? in
                    if case .iomemRegion(let n) = s { return n } else { return nil }
                }
                throw AccessError(.notFound, operation: "no iomem region named \"\(regionName)\" on this machine",
                                  fix: .chooseMappedRegion(names))
            }
        }
        let space = base
        let readBase = { (baseRegister: RegisterDefinition) throws(AccessError) -> UInt64 in
            guard let target = place(baseRegister.offset) else { throw Self.unplaceable(map, baseRegister, baseRegister.offset, in: space) }
            return try readWord(target, baseRegister.width)
        }
        guard let found = try map.register(named: name, readBase: readBase) else {
            throw AccessError(.notFound, operation: "map \(map.name) has no register \(name)",
                              fix: .advice("registers: " + (map.registers.map(\.name) + map.arrays.map(\.listedName)).joined(separator: " ")))
        }
        let register: RegisterDefinition
        switch found {
        case .success(let r): register = r
        case .failure(let e):
            throw AccessError(.notFound, operation: "find \(name): array \(e.field ?? "") of map \(map.name) \(e.message)",
                              fix: .advice("name an element this device has (\(base))"))
        }
        var field: FieldDefinition?
        if let fieldName {
            guard let f = register.field(named: fieldName) else {
                throw AccessError(.notFound, operation: "\(map.name) register \(register.name) has no field \(fieldName)",
                                  fix: .advice("fields: " + register.fields.map(\.name).joined(separator: " ")))
            }
            field = f
        }
        let offset = try map.absoluteOffset(of: register, readBase: readBase)
        if let problem = map.placementProblem(of: register, at: offset, length: limit.flatMap { $0 > 0 ? $0 : nil }) {
            throw AccessError(.outOfRange, operation: problem,
                              fix: .advice("this map (\(map.source)) does not fit this \(base); correct the register's offset or the map's applies-to"))
        }
        guard let offset, let target = place(offset) else { throw Self.unplaceable(map, register, offset ?? register.offset, in: base) }
        return NamedRegister(map: map, register: register, field: field, target: target, offset: offset)
    }

    /// `start + offset` as a physical target, nil when it passes 2^64 − 1.
    static func physical(_ start: UInt64, _ offset: UInt64) -> Target? {
        let (address, overflow) = start.addingReportingOverflow(offset)
        return overflow ? nil : .physical(address)
    }

    /// A register whose physical address would pass 2^64 − 1.
    static func unplaceable(_ map: RegisterMap, _ register: RegisterDefinition, _ offset: UInt64,
                            in base: Target.NamedRegisterBase) -> AccessError {
        AccessError(.outOfRange,
                    operation: "register \(register.name) of map \(map.name) (\(map.source)): offset 0x\(hex(offset, 1)) from the start of \(base) is past 2^64",
                    fix: .advice("this map (\(map.source)) does not fit this \(base); correct the register's offset"))
    }
}
