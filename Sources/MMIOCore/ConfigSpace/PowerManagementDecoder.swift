/// Power Management capability (ID 0x01), PCI Bus Power Management Interface 1.2 §3.2:
/// PMC at +2, PMCSR at +4, PMCSR_BSE (bridge support) at +6, Data at +7.
public enum PowerManagementDecoder: CapabilityDecoder {
    /// Aux current for PMC bits 8:6 (PM 1.2 §3.2.3).
    static let auxCurrent: [UInt64] = [0, 55, 100, 160, 220, 270, 320, 375]

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        let config = context.config
        let base = entry.offset
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: base, name: "Power Management")
        guard let pmc = config.value(at: base + 2, width: 2) else {
            cap.notes.append("<truncated>")
            return cap
        }
        cap.title = "Power Management version \(pmc & 7)"
        let pmeStates = ["D0", "D1", "D2", "D3hot", "D3cold"]
        var pmeFields = pmeStates.enumerated().map { i, s in F.flag("PME-" + s, pmc, bit: 11 + i).printed("") }
        let pmeText = "PME(" + pmeStates.enumerated().map { i, s in s + ((pmc >> UInt64(11 + i)) & 1 == 1 ? "+" : "-") }.joined(separator: ",") + ")"
        pmeFields.append(F.derived("PME", raw: F.bits(pmc, 11, 5), value: .number(F.bits(pmc, 11, 5)), text: pmeText))
        cap.registers.append(ConfigRegister(name: "Flags", offset: base + 2, width: 2, raw: pmc, lines: [[
            F.number("Version", pmc, low: 0, count: 3) { _ in "" },
            F.flag("PMEClk", pmc, bit: 3),
            F.flag("DSI", pmc, bit: 5),
            F.flag("D1", pmc, bit: 9),
            F.flag("D2", pmc, bit: 10),
            F.number("AuxCurrent", pmc, low: 6, count: 3, decode: { auxCurrent[Int($0)] }) { "AuxCurrent=\($0)mA" },
        ] + pmeFields]))
        if let csr = config.register("Status", at: base + 4, width: 2, { r in [[
            // lspci prints the state number (`D3`); the value keeps PM 1.2's name (`D3hot`).
            F.choice("PowerState", r, low: 0, count: 2, names: { ["D0", "D1", "D2", "D3hot"][Int($0)] }) { $0 == "D3hot" ? "D3" : $0 },
            F.flag("NoSoftRst", r, bit: 3),
            F.flag("PME-Enable", r, bit: 8),
            F.number("DSel", r, low: 9, count: 4) { "DSel=\($0)" },
            F.number("DScale", r, low: 13, count: 2) { "DScale=\($0)" },
            F.flag("PME", r, bit: 15),
        ]] }) {
            cap.registers.append(csr)
        }
        // PMCSR_BSE (PCI Bus PM 1.2 §3.2.5) is defined for bridges, yet other functions set it
        // too; like lspci, hwx prints it whenever it is not zero.
        if let value = config.u8(base + 6), value != 0, let bse = config.register("Bridge", at: base + 6, width: 1, { r in [[
            F.flag("PM", r, bit: 7),
            F.flag("B3", r, bit: 6).printed("B3" + ((r >> 6) & 1 == 1 ? "-" : "+")),
        ]] }) {
            cap.registers.append(bse)
        }
        return cap
    }
}
