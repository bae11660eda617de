/// What a structure's layout table is decoded against: the config space, the structure's
/// base offset (0 for the header), the function's PCI Express port type, and the registers of
/// the same structure, by label, for the `REG.FIELD` references of `ConfigCondition`s
/// (DevCtl's Initiate FLR reads `DevCap.FLReset`, PCIe Base 6.0 §7.5.3.4). A name that is no
/// register of the structure is a header register by its setpci name (`BASE_ADDRESS_0`,
/// `HEADER_TYPE.Layout`), read at its absolute offset.
public struct ConfigTableContext: Sendable {
    public let config: ConfigSpace
    public let base: Int
    /// nil: not PCI Express, or a reserved Device/Port Type.
    public let port: ExpressPortType?
    /// The structure's registers (`ConfigRegisterLayout`s at offsets from `base`).
    public let layouts: [ConfigRegisterLayout]

    public init(config: ConfigSpace, base: Int, port: ExpressPortType? = nil, layouts: [ConfigRegisterLayout]) {
        self.config = config
        self.base = base
        self.port = port
        self.layouts = layouts
    }

    /// The register labelled `label`: the one that exists for `port` when labels repeat by
    /// port type (DevCtl: FLReset or BrConfRtry in bit 15), else the first.
    public func layout(labelled label: String) -> ConfigRegisterLayout? {
        layouts.first { $0.label == label && $0.applies(to: port) } ?? layouts.first { $0.label == label }
    }

    /// The value of `REG.FIELD` (the field's bits shifted down) or `REG` (the whole register);
    /// nil when neither the table nor the header has such a register or field, or its bytes
    /// were not read.
    public func value(of reference: FieldReference) -> UInt64? {
        let found = layout(labelled: reference.register).map { (layout: $0, at: base + $0.offset) }
            ?? ConfigHeaderLayout.register(setpciName: reference.register).map { (layout: $0, at: $0.offset) }
        guard let (layout, at) = found, let raw = config.value(at: at, width: layout.width.bytes) else { return nil }
        guard let name = reference.field else { return raw }
        guard let d = layout.field(named: name) else { return nil }
        return ConfigField.bits(raw, d.bits.lsb, d.bits.msb - d.bits.lsb + 1)
    }

    /// Whether `condition` holds (nil: it always does); unknown is false.
    public func holds(_ condition: ConfigCondition?) -> Bool {
        guard let condition else { return true }
        return condition.evaluate(port: port) { value(of: $0) } ?? false
    }

    /// Whether lspci shows `layout`: its `shownWhen` when it has one, else whether it exists
    /// for the port type.
    public func shows(_ layout: ConfigRegisterLayout) -> Bool {
        guard let shownWhen = layout.shownWhen else { return layout.applies(to: port) }
        return holds(shownWhen)
    }

    /// The registers of `layouts` lspci shows, decoded, in table order (unread ones left out).
    public func shownRegisters() -> [ConfigRegister] {
        layouts.filter(shows).compactMap { ConfigTableDecoder.register($0, in: self) }
    }

    /// The references of `layouts`' conditions (register and printed fields) and scaled values
    /// that name no register or field of `layouts`: what a test of a table checks is empty.
    public static func unresolvedReferences(in layouts: [ConfigRegisterLayout]) -> [String] {
        var problems: [String] = []
        func check(_ r: FieldReference, in owner: ConfigRegisterLayout) {
            guard let target = layouts.first(where: { $0.label == r.register }) ?? ConfigHeaderLayout.register(setpciName: r.register) else {
                problems.append("\(owner.label): \(r) names no register of the table or the header")
                return
            }
            if let f = r.field, target.field(named: f) == nil {
                problems.append("\(owner.label): \(r) names no field of \(target.label)")
            }
        }
        for layout in layouts {
            for r in layout.shownWhen?.references ?? [] { check(r, in: layout) }
            for p in layout.printed.joined() {
                for r in p.condition?.references ?? [] { check(r, in: layout) }
                if case .scaled(let s) = p.style {
                    for f in [s.value, s.scale] where layout.field(named: f) == nil {
                        problems.append("\(layout.label): \(p.field) scales \(f), which is no field of \(layout.label)")
                    }
                } else if layout.field(named: p.field) == nil {
                    problems.append("\(layout.label): printed \(p.field) is no field of \(layout.label)")
                }
            }
        }
        return problems
    }
}
