
/// A register map: named registers and fields of one BAR or region, from a public spec,
/// loaded from a map file (Resources/RegisterMaps/*.yaml, the user's map folders) or
/// imported from CMSIS-SVD. See Resources/RegisterMaps/README.md for the file format.
public struct RegisterMap: Sendable, Hashable {
    /// Short identifier, unique in a catalog (`nvme`, `qemu-edu`).
    public let name: String
    public let title: String
    /// Where the facts come from (`NVM Express Base Specification 2.0, §3.1`).
    public let spec: String?
    public let selectors: [MapSelector]
    /// The BAR the registers live in, for PCI maps.
    public let bar: Int?
    /// Registers by ascending offset.
    public let registers: [RegisterDefinition]
    /// Register arrays (AHCI ports, HPET timers, NVMe doorbells), in file order; their
    /// elements are placed per device (`placedRegisters`, `register(named:readBase:)`).
    public let arrays: [RegisterArray]
    /// The file the map came from (`shipped:nvme.yaml` for maps built into hwx).
    public let source: String

    public init(name: String, title: String, spec: String? = nil, selectors: [MapSelector], bar: Int? = nil,
                registers: [RegisterDefinition], arrays: [RegisterArray] = [], source: String) {
        self.name = name
        self.title = title
        self.spec = spec
        self.selectors = selectors
        self.bar = bar
        self.registers = registers.sorted { $0.offset < $1.offset }
        self.arrays = arrays
        self.source = source
    }

    /// The register named `name` (case-insensitive).
    public func register(named name: String) -> RegisterDefinition? {
        registers.first { $0.name.equalsIgnoringCase(name) }
    }

    /// Registers whose bytes include `offset`.
    public func registers(covering offset: UInt64) -> [RegisterDefinition] {
        registers.filter { $0.offset <= offset && offset - $0.offset < UInt64($0.width.bytes) }
    }

    /// Bytes from offset 0 to the end of the last register; UInt64.max when a register ends
    /// at 2^64 (an offset of 0xffff_ffff_ffff_fffc is valid in a map file, its end is not a UInt64).
    public var extent: UInt64 {
        registers.map { r in
            let (end, overflow) = r.offset.addingReportingOverflow(UInt64(r.width.bytes))
            return overflow ? UInt64.max : end
        }.max() ?? 0
    }

    /// Where `register` sits from the start of the BAR or region. For a register placed
    /// `relative-to` another register's field, `readBase` is asked for that register's raw
    /// value (the caller reads it through a register space) and the field's value is added.
    /// Nil when that sum passes 2^64 − 1 (`placementProblem` says so): never wrapped.
    public func absoluteOffset<E: Error>(of register: RegisterDefinition,
                                         readBase: (RegisterDefinition) throws(E) -> UInt64) throws(E) -> UInt64? {
        guard let ref = register.relativeTo, let base = self.register(named: ref.register) else { return register.offset }
        let raw = try readBase(base)
        let value = ref.field.flatMap { base.field(named: $0) }.map { $0.bits.extract(from: raw) } ?? raw
        let (sum, overflow) = register.offset.addingReportingOverflow(value)
        return overflow ? nil : sum
    }

    /// Why `register`, placed at `offset` (nil: its offset passed 2^64 − 1), cannot be
    /// accessed in a space of `length` bytes (the BAR, region or window), naming this map's
    /// file and the register; nil when its bytes lie inside. Checked arithmetic throughout.
    public func placementProblem(of register: RegisterDefinition, at offset: UInt64?, length: UInt64?) -> String? {
        let what = "register \(register.name) of map \(name) (\(source))"
        guard let offset else {
            let base = register.relativeTo.map { " + \($0.register)\($0.field.map { "." + $0 } ?? "")" } ?? ""
            return "\(what): its offset 0x\(hex(register.offset, 1))\(base) passes 2^64"
        }
        // The last byte, so that a register ending at 2^64 exactly is still placed.
        let (last, overflow) = offset.addingReportingOverflow(UInt64(register.width.bytes - 1))
        if overflow {
            return "\(what): \(register.width.bits) bits at offset 0x\(hex(offset, 1)) end past 2^64"
        }
        if let length, last >= length {
            return "\(what): \(register.width.bits) bits at offset 0x\(hex(offset, 1)) end past the 0x\(hex(length, 1)) bytes there"
        }
        return nil
    }

    /// How well this map fits BAR `bar` of `function`, nil when it does not apply.
    public func specificity(for function: PCIFunction, bar: Int) -> Int? {
        guard self.bar == bar else { return nil }
        return selectors.compactMap { $0.specificity(for: function) }.max()
    }

    /// Whether the map applies to the iomem region named `name`.
    public func applies(toRegionNamed name: String) -> Bool {
        selectors.contains { if case .iomemRegion(let n) = $0 { return n == name } else { return false } }
    }
}
