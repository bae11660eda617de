/// PCI Express capability (ID 0x10), PCIe Base 6.0 §7.5.3: capability register at +2,
/// device registers at +4/+8/+0xa, link at +0xc/+0x10/+0x12, slot at +0x14/+0x18/+0x1a,
/// root at +0x1c/+0x1e/+0x20, and (version 2) DevCap2/DevCtl2 at +0x24/+0x28, LnkCap2/LnkCtl2/
/// LnkSta2 at +0x2c/+0x30/+0x32. Which groups exist depends on the device/port type
/// (§7.5.3 table "PCI Express Capability Structure"), as lspci also decides.
public enum PCIExpressDecoder: CapabilityDecoder {
    /// Device/Port type names (PCIe Capabilities register bits 7:4).
    public static func portTypeName(_ type: UInt64) -> String {
        type < UInt64(ExpressCapabilityLayout.portTypeWords.count) ? ExpressCapabilityLayout.portTypeWords[Int(type)] : "Unknown type \(type)"
    }

    /// The title from the capability register; the registers, which of them lspci shows for
    /// the port type and how each field reads, from `ExpressCapabilityLayout`'s table.
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        let config = context.config
        let b = entry.offset
        var cap = DecodedCapability(space: .standard, id: entry.id, offset: b, name: "Express")
        guard let xcap = config.value(at: b + 2, width: 2) else {
            cap.notes.append("<truncated>")
            return cap
        }
        let version = xcap & 0xf
        let type = ConfigField.bits(xcap, 4, 4)
        let port = ExpressPortType(rawValue: UInt8(type))
        var title = "Express (v\(version)) " + portTypeName(type)
        if let port, ExpressCapabilityLayout.slotted.contains(port) { title += " (Slot" + ((xcap >> 8) & 1 == 1 ? "+" : "-") + ")" }
        cap.title = title + ", MSI " + hex(ConfigField.bits(xcap, 9, 5), 2)
        cap.headline = []
        cap.registers = ConfigTableContext(config: config, base: b, port: port, layouts: ExpressCapabilityLayout.registers).shownRegisters()
        if config.count < b + (version >= 2 ? 0x3c : 0x24) {
            cap.notes.append("<truncated: registers beyond config byte \(config.count) not shown>")
        }
        return cap
    }
}
