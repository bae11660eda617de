/// Vendor-Specific extended capability (ID 0x000b), PCIe Base 6.0 §7.9.5: VSEC header at +4
/// (VSEC ID 15:0, revision 19:16, length 31:20); the rest is the vendor's.
public enum VendorSpecificExtendedDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Vendor Specific Information")
        if let h = b.add("VSEC header", 4, 4, { r in [[
            F.number("ID", r, low: 0, count: 16) { "ID=" + hex($0, 4) },
            F.number("Rev", r, low: 16, count: 4) { "Rev=\($0)" },
            F.number("Len", r, low: 20, count: 12) { "Len=" + hex($0, 3) },
        ]] }) {
            // The body is the vendor's: lspci's `<?>`, as for the standard vendor-specific capability.
            b.capability.headline = h.fields + [ConfigField.derived("Body", raw: 0, value: .text("undecoded"), text: "<?>")]
        }
        return b.result
    }
}
