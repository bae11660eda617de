/// Designated Vendor-Specific extended capability (ID 0x0023), PCIe Base 6.0 §7.9.6, decoded
/// from `DesignatedVendorLayout`; the title line carries the header's fields in lspci's order
/// (`Vendor=1e98 ID=0000 Rev=0 Len=16`, then `: CXL` for the CXL Consortium's vendor ID, `<?>`
/// for another vendor's body, as lspci prints it).
public enum DesignatedVendorDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Designated Vendor-Specific")
        b.addTable(DesignatedVendorLayout.registers)
        if let h1 = b.capability.register("DVSEC header 1"), let h2 = b.capability.register("DVSEC header 2"),
           let vendor = h1.field("Vendor"), let rev = h1.field("Rev"), let len = h1.field("Len"), let id = h2.field("ID") {
            b.capability.headline = [vendor, id, rev, len]
            if vendor.raw == DesignatedVendorLayout.cxlVendor {
                // lspci: `Len=16: CXL` on the title line.
                b.capability.headline[3] = len.printed(len.text + ":")
                b.capability.headline.append(ConfigField.derived("CXL", raw: vendor.raw, value: .text("CXL"), text: "CXL"))
                b.capability.notes.append("CXL (Compute Express Link) DVSEC")
            } else {
                // Another vendor's structure: its body is the vendor's, lspci's `<?>`.
                b.capability.headline.append(ConfigField.derived("Body", raw: 0, value: .text("undecoded"), text: "<?>"))
            }
        }
        return b.result
    }
}
