/// Root Complex Link Declaration extended capability (ID 0x0005), PCIe Base 6.0 §7.9.8:
/// element self description +4 (element type 3:0, number of link entries 15:8, component ID
/// 23:16, port number 31:24), then 16-byte link entries from +0x10 (link description: valid 0,
/// link type 1, associate RCRB header 2, target component ID 23:16, target port 31:24; link
/// address at +8).
public enum RootComplexLinkDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Root Complex Link")
        let links = b.value(4, 4).map { Int(($0 >> 8) & 0xff) } ?? 0
        b.add("Desc", 4, 4) { r in [[
            F.number("PortNumber", r, low: 24, count: 8) { "PortNumber=" + hex($0, 2) },
            F.number("ComponentID", r, low: 16, count: 8) { "ComponentID=" + hex($0, 2) },
            F.choice("EltType", r, low: 0, count: 4, names: { $0 < 3 ? ["Config", "Egress", "Internal"][Int($0)] : "Reserved \($0)" }) { "EltType=" + $0 },
            F.number("Links", r, low: 8, count: 8) { _ in "" },
        ]] }
        for link in 0..<min(links, 16) {
            let rel = 0x10 + 16 * link
            b.add("Link\(link)", rel, 4) { r in [[
                F.flag("Valid", r, bit: 0).printed("Desc: TargetPort=" + hex(r >> 24, 2) + " TargetComponent=" + hex((r >> 16) & 0xff, 2)),
                F.choice("LinkType", r, low: 1, count: 1, names: { $0 == 0 ? "MemMapped" : "Config" }) { "LinkType=" + $0 },
                F.flag("AssocRCRB", r, bit: 2),
            ]] }
            b.add("Link\(link) Addr", rel + 8, 8) { r in [[F.number("Address", r, low: 0, count: 64) { "Addr: " + hex($0, 16) }]] }
        }
        return b.result
    }
}
