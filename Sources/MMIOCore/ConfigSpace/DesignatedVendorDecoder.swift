/// Designated Vendor-Specific extended capability (ID 0x0023), PCIe Base 6.0 §7.9.6: header 1
/// at +4 (DVSEC vendor ID 15:0, revision 19:16, length 31:20), header 2 at +8 (DVSEC ID 15:0).
/// The body's layout belongs to the vendor (CXL: vendor 0x1e98).
public enum DesignatedVendorDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Designated Vendor-Specific")
        if let h1 = b.add("DVSEC header 1", 4, 4, { r in [[
            F.number("Vendor", r, low: 0, count: 16) { "Vendor=" + hex($0, 4) },
            F.number("Rev", r, low: 16, count: 4) { "Rev=\($0)" },
            F.number("Len", r, low: 20, count: 12) { "Len=\($0)" },
        ]] }), let h2 = b.add("DVSEC header 2", 8, 2, { r in [[F.number("ID", r, low: 0, count: 16) { "ID=" + hex($0, 4) }]] }) {
            b.capability.headline = [h1.lines[0][0], h2.lines[0][0], h1.lines[0][1], h1.lines[0][2]]
            if h1.raw & 0xffff == 0x1e98 {
                // lspci: `Len=16: CXL` on the title line.
                b.capability.headline[3] = h1.lines[0][2].printed(h1.lines[0][2].text + ":")
                b.capability.headline.append(ConfigField.derived("CXL", raw: 0x1e98, value: .text("CXL"), text: "CXL"))
                b.capability.notes.append("CXL (Compute Express Link) DVSEC")
            }
        }
        return b.result
    }
}
