import MMIOCore

/// Register names and decoded fields for a live register view, from the register map of
/// the BAR or region on screen. Offsets of `relative-to` registers (xHCI operational
/// registers) and the elements of register arrays (AHCI ports, HPET timers, NVMe doorbells
/// at `4 << CAP.DSTRD`) are resolved once, when the view opens. Words that overlap a register with
/// read side effects (e1000e ICR, read-to-clear) are labelled and never polled.
public struct MapRegisterLabels: RegisterLabelProvider {
    public let map: RegisterMap
    /// Registers by absolute offset from the start of the space; each one's bytes lie
    /// inside the space (so `offset + width` never overflows).
    let placed: [(offset: UInt64, register: RegisterDefinition)]
    /// Registers the map places outside the space (past its length, or past 2^64): why,
    /// naming the map file and the register. They get no label and no table row.
    public let unplaced: [String]

    public init(map: RegisterMap, space: any RegisterSpace) {
        self.map = map
        (placed, unplaced) = map.placement(within: space.length) { (base: RegisterDefinition) throws(AccessError) -> UInt64 in
            try space.read(at: base.offset, width: base.width)
        }
    }

    public func label(at offset: UInt64, width: AccessWidth, value: UInt64?) -> RegisterLabel? {
        let end = offset + UInt64(width.bytes)
        let covered = placed.filter { $0.offset < end && offset < $0.offset + UInt64($0.register.width.bytes) }
        guard !covered.isEmpty else { return nil }
        if let effect = covered.first(where: { $0.register.hasReadSideEffect }) {
            return RegisterLabel(name: effect.register.name, fields: "not polled: " + (effect.register.readSideEffect ?? "read side effect"))
        }
        if covered.count == 1, let only = covered.first, only.offset == offset, only.register.width == width {
            guard let value else { return RegisterLabel(name: only.register.name) }
            let decoded = only.register.decode(value)
            let fields = decoded.summary.map { $0 + " " } ?? ""
            let singleSelf = only.register.fields.count == 1 && only.register.fields[0].name == only.register.name
            return RegisterLabel(name: only.register.name, fields: fields + (singleSelf ? "" : decoded.fieldsLine))
        }
        // The view's width does not match the map: name what the word overlaps.
        return RegisterLabel(name: covered.map { "\($0.register.name)(\($0.register.width.bits))" }.joined(separator: " "),
                             fields: "press w for the register's width")
    }

    public var mapName: String { map.name }

    public func readSideEffect(at offset: UInt64, width: AccessWidth) -> String? {
        let end = offset + UInt64(width.bytes)
        return placed.first { $0.register.hasReadSideEffect && $0.offset < end && offset < $0.offset + UInt64($0.register.width.bytes) }
            .map { "\($0.register.name): \($0.register.readSideEffect ?? "read side effect")" }
    }

    public func ruler(at offset: UInt64, width: AccessWidth) -> RegisterRuler? {
        guard let r = placed.first(where: { $0.offset == offset && $0.register.width == width })?.register else { return nil }
        return RegisterRuler(register: r.name, description: r.description ?? r.readSideEffect ?? "",
                             fields: r.fields.map { RegisterRuler.Field(name: $0.name, msb: $0.bits.msb, lsb: $0.bits.lsb,
                                                                        isReserved: $0.access.isReserved) })
    }

    /// The register that starts at `offset` and is exactly `width` wide.
    public func register(at offset: UInt64, width: AccessWidth) -> RegisterDefinition? {
        placed.first { $0.offset == offset && $0.register.width == width }?.register
    }

    /// Every register's name, in address order (what `g` completes).
    public var registerNames: [String] { placed.map(\.register.name) }

    /// Where the register named `name` (case-insensitive) sits in the space.
    public func offset(ofRegisterNamed name: String) -> UInt64? {
        placed.first { $0.register.name.equalsIgnoringCase(name) }?.offset
    }
}
