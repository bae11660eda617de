/// Vendor-Specific capability (ID 0x09), PCI Local Bus 3.0 §6.7: a length byte at +2, the
/// rest belongs to the vendor. For virtio devices (vendor 0x1af4) the layout is the virtio
/// PCI capability (Virtual I/O Device 1.2 §4.1.4, `VirtioCapabilityLayout`); otherwise only
/// the length is known (`VendorSpecificLayout`), printed on the title line.
public enum VendorSpecificDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Vendor Specific Information")
        guard let length = b.value(2, 1) else { return b.result }
        if context.config.vendorID == 0x1af4, length >= 16, let type = b.value(3, 1) {
            let typeName = VirtioCapabilityLayout.typeName(type)
            b.capability.headline = [ConfigField.derived("VirtIO", raw: type, value: .text(typeName), text: "VirtIO: " + typeName)]
            b.addTable(VirtioCapabilityLayout.registers(type: type))
        } else {
            b.addHeadline(VendorSpecificLayout.length, printed: false)
        }
        return b.result
    }
}
