/// Vendor-Specific extended capability (ID 0x000b), PCIe Base 6.0 §7.9.5, decoded from
/// `VendorSpecificExtendedLayout`; the title line carries the header's fields and lspci's
/// `<?>` for the vendor's body.
public enum VendorSpecificExtendedDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Vendor Specific Information")
        b.addTable(VendorSpecificExtendedLayout.registers)
        if let h = b.capability.register("VSEC header") {
            // The body is the vendor's: lspci's `<?>`, as for the standard vendor-specific capability.
            b.capability.headline = h.fields + [ConfigField.derived("Body", raw: 0, value: .text("undecoded"), text: "<?>")]
        }
        return b.result
    }
}
