/// Power Management capability (ID 0x01), PCI Bus Power Management Interface 1.2 §3.2:
/// PMC at +2, PMCSR at +4, PMCSR_BSE (bridge support) at +6, Data at +7. Every register,
/// and how lspci prints it, is `PowerManagementLayout`; the decoder makes the title.
public enum PowerManagementDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let config = context.config
        let base = entry.offset
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: base, name: "Power Management")
        guard let pmc = config.value(at: base + 2, width: 2) else {
            cap.notes.append("<truncated>")
            return cap
        }
        cap.title = "Power Management version \(pmc & 7)"
        let table = ConfigTableContext(config: config, base: base, layouts: PowerManagementLayout.registers)
        cap.registers = table.shownRegisters()
        return cap
    }
}
