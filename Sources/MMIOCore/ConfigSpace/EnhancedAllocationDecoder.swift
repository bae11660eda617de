/// Enhanced Allocation capability (ID 0x14), PCI EA ECN (PCI 3.0 §6.9), decoded from
/// `EnhancedAllocationLayout`: the number of entries on the title line, the fixed bus numbers
/// of a bridge, each entry's header, and under it the entry's base and max offset. Those two
/// are one value each from up to two dwords (the upper one only when bit 1 says 64-bit), so
/// they are shown as values of their own (`Base`, `MaxOffset`, lspci's digits: upper dword in
/// hex, then the lower in 8 digits), from the table's fields.
public enum EnhancedAllocationDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let config = context.config
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Enhanced Allocation (EA)")
        guard b.value(2, 1) != nil else { return b.result }
        b.addHeadline(EnhancedAllocationLayout.numEntries, printed: false)
        if config.header == .pciBridge { b.addTable([EnhancedAllocationLayout.fixedBuses]) }
        for e in EnhancedAllocationLayout.entries(capability: entry.offset, in: config) {
            b.addTable([e.header])
            guard let baseLayout = e.base, let maxLayout = e.maxOffset,
                  let lo = ConfigTableDecoder.register(baseLayout, base: entry.offset, in: config),
                  let maxLo = ConfigTableDecoder.register(maxLayout, base: entry.offset, in: config) else { continue }
            let high = { (l: ConfigRegisterLayout?) in l.flatMap { ConfigTableDecoder.register($0, base: entry.offset, in: config) }?.field("High")?.raw }
            let base = value(low: (lo.field("Base")?.raw ?? 0) << 2, high: high(e.baseHigh))
            let max = value(low: (maxLo.field("MaxOffset")?.raw ?? 0) << 2 | 3, high: high(e.maxOffsetHigh))
            // lspci prints Base and MaxOffset under the entry without a label of their own.
            b.capability.registers.append(ConfigRegister(name: e.header.label + " range", offset: lo.offset, width: 4, raw: lo.raw, lines: [
                [ConfigField.derived("Base", raw: base.value, value: .number(base.value), text: "Base: " + base.text)],
                [ConfigField.derived("MaxOffset", raw: max.value, value: .number(max.value), text: "MaxOffset: " + max.text)],
            ], printedName: ""))
        }
        return b.result
    }

    /// A base or max offset from its lower dword and, when 64-bit, its upper one, and lspci's
    /// text for it (`843000000000`, `03fffffff`, `fe000003`).
    static func value(low: UInt64, high: UInt64?) -> (value: UInt64, text: String) {
        guard let high else { return (low, hex(low, 8)) }
        return (high << 32 | low, hex(high, 1) + hex(low, 8))
    }
}
