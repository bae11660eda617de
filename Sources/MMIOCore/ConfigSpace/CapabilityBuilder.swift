/// Assembles one `DecodedCapability` register by register at offsets relative to the
/// capability, noting `<truncated>` once when the space ends before a register.
struct CapabilityBuilder {
    let config: ConfigSpace
    let base: Int
    /// The function's PCI Express port type (nil: not PCI Express or reserved), for tables'
    /// port-type entries and conditions.
    let port: ExpressPortType?
    var capability: DecodedCapability
    private var truncated = false

    init(_ entry: CapabilityChain.Entry, _ context: DecodeContext, space: DecodedCapability.Space, name: String) {
        config = context.config
        base = entry.offset
        port = context.portType
        capability = DecodedCapability(space: space, id: entry.id, offset: entry.offset,
                                       version: space == .extended ? entry.version : nil, name: name)
    }

    /// The raw register at `base + relative`, nil beyond what was read.
    func value(_ relative: Int, _ width: Int) -> UInt64? { config.value(at: base + relative, width: width) }

    /// Decodes and appends a register; returns it (nil when unreadable).
    @discardableResult
    mutating func add(_ name: String, _ relative: Int, _ width: Int, _ lines: (UInt64) -> [[ConfigField]]) -> ConfigRegister? {
        guard let r = config.register(name, at: base + relative, width: width, lines) else {
            truncated = true
            return nil
        }
        capability.registers.append(r)
        return r
    }

    /// Decodes and appends the registers of a layout table (offsets relative to the capability).
    /// Conditions (`ConfigCondition`) may read any register of `layouts` by its label; a
    /// register whose `shownWhen` does not hold is left out.
    mutating func addTable(_ layouts: [ConfigRegisterLayout]) {
        let context = ConfigTableContext(config: config, base: base, port: port, layouts: layouts)
        for layout in layouts where layout.shownWhen.map(context.holds) ?? true {
            guard let r = ConfigTableDecoder.register(layout, in: context) else {
                truncated = true
                continue
            }
            capability.registers.append(r)
        }
    }

    /// Decodes and appends one layout register whose fields are also the capability's
    /// headline (lspci's `Slot ID: 3 slots, First+, chassis 04`). `printed: false` leaves the
    /// register's own line silent where lspci prints the fields only on the title line.
    @discardableResult
    mutating func addHeadline(_ layout: ConfigRegisterLayout, printed: Bool = true, separator: String = ": ") -> ConfigRegister? {
        guard let r = ConfigTableDecoder.register(layout, base: base, in: config) else {
            truncated = true
            return nil
        }
        capability.headline = r.fields
        capability.headlineSeparator = separator
        capability.registers.append(printed ? r : ConfigRegister(name: r.name, offset: r.offset, width: r.width, raw: r.raw,
                                                                  lines: r.lines.map { $0.map { $0.printed("") } }, printedName: r.printedName))
        return r
    }

    var result: DecodedCapability {
        var c = capability
        if truncated { c.notes.append("<truncated: the capability continues beyond the \(config.count) bytes read>") }
        return c
    }
}
