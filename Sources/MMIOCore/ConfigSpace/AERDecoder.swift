/// Advanced Error Reporting extended capability (ID 0x0001), PCIe Base 6.0 §7.8.4:
/// uncorrectable status/mask/severity at +4/+8/+0xc, correctable status/mask at +0x10/+0x14,
/// capabilities and control (first error pointer) at +0x18, header log at +0x1c...+0x28, and
/// for Root Ports and Event Collectors root command/status/error source at +0x2c/+0x30/+0x34.
/// Every register, and how lspci prints it, is `AERLayout`; the decoder only puts the four
/// Header Log dwords on the one line lspci prints them on.
public enum AERDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let config = context.config
        let b = entry.offset
        var cap = DecodedCapability(space: .extended, id: entry.id, offset: b, version: entry.version, name: "Advanced Error Reporting")
        let table = ConfigTableContext(config: config, base: b, port: context.portType, layouts: AERLayout.registers)
        var registers = table.shownRegisters()
        let log = AERLayout.headerLogLabels.compactMap(table.layout(labelled:)).compactMap { l in
            config.value(at: b + l.offset, width: l.width.bytes)
        }
        if log.count == AERLayout.headerLogLabels.count {
            let line = log.enumerated().map { i, v in ConfigField.derived("DW\(i)", raw: v, value: .number(v), text: hex(v, 8)) }
            let at = (registers.firstIndex { $0.name == "AERCap" }).map { $0 + 1 } ?? registers.count
            registers.insert(ConfigRegister(name: "HeaderLog", offset: b + 0x1c, width: 16, raw: log[0], lines: [line]), at: at)
        }
        cap.registers = registers
        return cap
    }
}
