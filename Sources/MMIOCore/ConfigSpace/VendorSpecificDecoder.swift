/// Vendor-Specific capability (ID 0x09), PCI Local Bus 3.0 §6.7: a length byte at +2, the
/// rest belongs to the vendor. For virtio devices (vendor 0x1af4) the layout is the virtio
/// PCI capability (Virtual I/O Device 1.2 §4.1.4): cfg_type +3, bar +4, id +5, offset +8,
/// length +0xc, and for the notify type the notify_off_multiplier at +0x10.
public enum VendorSpecificDecoder: CapabilityDecoder {
    static let virtioTypes: [UInt64: String] = [1: "CommonCfg", 2: "Notify", 3: "ISR", 4: "DeviceCfg", 5: "PCICfg", 8: "SharedMemory", 9: "Vendor"]

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Vendor Specific Information")
        guard let length = b.value(2, 1) else { return b.result }
        if context.config.vendorID == 0x1af4, length >= 16, let type = b.value(3, 1) {
            let typeName = virtioTypes[type] ?? "<unknown>"
            b.capability.headline = [F.derived("VirtIO", raw: type, value: .text(typeName), text: "VirtIO: " + typeName)]
            b.add("cfg_type", 3, 1) { r in [[F.choice("cfg_type", r, low: 0, count: 8, names: { virtioTypes[$0] ?? "unknown \($0)" }) { _ in "" }]] }
            b.add("bar", 4, 1) { r in [[F.number("BAR", r, low: 0, count: 8) { "BAR=\($0)" }]] }
            b.add("offset", 8, 4) { r in [[F.number("offset", r, low: 0, count: 32) { "offset=" + hex($0, 8) }]] }
            b.add("length", 0xc, 4) { r in [[F.number("size", r, low: 0, count: 32) { "size=" + hex($0, 8) }]] }
            if type == 2 {
                b.add("notify_off_multiplier", 0x10, 4) { r in [[F.number("multiplier", r, low: 0, count: 32) { "multiplier=" + hex($0, 8) }]] }
            }
        } else {
            b.add("Length", 2, 1) { r in [[F.number("Len", r, low: 0, count: 8) { _ in "" }]] }
            b.capability.headline = [F.derived("Len", raw: length, value: .number(length), text: "Len=" + hex(length, 2) + " <?>")]
        }
        return b.result
    }
}
