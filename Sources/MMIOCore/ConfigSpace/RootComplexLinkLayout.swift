/// The Root Complex Link Declaration extended capability (ID 0x0005) as data, PCIe Base 6.0
/// §7.9.8: element self description at +4, then 16-byte link entries from +0x10 (link
/// description, link address at +8). A configuration-space link's address holds the target's
/// bus, device and function (§7.9.8.3, N = 000b: an 8-bit bus number at 27:20).
public enum RootComplexLinkLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let description = ConfigRegisterLayout(label: "Desc", offset: 0x04, width: .bits32, fields: [
        T.bits("EltType", 3, 0, .readOnly, "Element Type", values: [(0, "Config"), (1, "Egress"), (2, "Internal")]), T.rsvdP(7, 4),
        T.bits("Links", 15, 8, .readOnly, "Number of Link Entries"), T.bits("ComponentID", 23, 16, .readOnly),
        T.bits("PortNumber", 31, 24, .readOnly),
    ], spec: "PCIe 6.0 §7.9.8.2", printed: [[
        P.hex("PortNumber", "PortNumber=", 2), P.hex("ComponentID", "ComponentID=", 2), P.named("EltType", "EltType="),
    ]])

    static let link = ConfigRegisterLayout(label: "Desc", offset: 0x10, width: .bits32, fields: [
        T.bit("LinkValid", 0, .readOnly), T.bits("LinkType", 1, 1, .readOnly, values: [(0, "MemMapped"), (1, "Config")]),
        T.bit("AssocRCRB", 2, .readOnly, "Associate RCRB Header"), T.rsvdP(15, 3),
        T.bits("TargetComponent", 23, 16, .readOnly, "Target Component ID"), T.bits("TargetPort", 31, 24, .readOnly, "Target Port Number"),
    ], spec: "PCIe 6.0 §7.9.8.3", printed: [[
        P.hex("TargetPort", "TargetPort=", 2), P.hex("TargetComponent", "TargetComponent=", 2), P.flag("AssocRCRB"),
        P.named("LinkType", "LinkType="), P.flag("LinkValid"),
    ]])

    static let memoryAddress = ConfigRegisterLayout(label: "Addr", offset: 0x18, width: .bits64, fields: [
        T.bits("Address", 63, 0, .readOnly, "Link Address (memory-mapped: the RCRB)"),
    ], spec: "PCIe 6.0 §7.9.8.4", printed: [[P.hex("Address", "", 16)]])

    static let configAddress = ConfigRegisterLayout(label: "Addr", offset: 0x18, width: .bits64, fields: [
        T.bits("N", 2, 0, .readOnly, "Encoded number of bus number bits"), T.rsvdP(11, 3),
        T.bits("Function", 14, 12, .readOnly), T.bits("Device", 19, 15, .readOnly), T.bits("Bus", 27, 20, .readOnly),
        T.bits("Base", 63, 28, .readOnly, "Configuration space base address"),
    ], spec: "PCIe 6.0 §7.9.8.4")

    /// Link entry `n`'s registers: `Link1 Desc` printed `Link1:\tDesc`, `Link1 Addr`; the
    /// address layout follows the entry's link type.
    public static func link(_ n: Int, in config: ConfigSpace, base: Int) -> [ConfigRegisterLayout] {
        let delta = 16 * n
        let type = config.value(at: base + link.offset + delta, width: 4).map { ($0 >> 1) & 1 } ?? 0
        let address = type == 1 ? configAddress : memoryAddress
        return [link.moved(by: delta, label: "Link\(n) Desc", printedLabel: "Link\(n):\tDesc"),
                address.moved(by: delta, label: "Link\(n) Addr", printedLabel: "\tAddr")]
    }

    public static func registers(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        let links = config.value(at: base + 4, width: 4).map { Int(($0 >> 8) & 0xff) } ?? 0
        return [description] + (0..<links).flatMap { link($0, in: config, base: base) }
    }
}
