/// Device Serial Number extended capability (ID 0x0003), PCIe Base 6.0 §7.9.3: a 64-bit
/// IEEE EUI-64 at +4 (lower dword) and +8 (upper dword), printed most significant byte first.
public enum DeviceSerialNumberDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Device Serial Number")
        if let serial = b.value(4, 8) {
            let text = (0..<8).reversed().map { hex((serial >> UInt64(8 * $0)) & 0xff, 2) }.joined(separator: "-")
            b.add("Serial", 4, 8) { r in [[ConfigField.number("Serial", r, low: 0, count: 64) { _ in "" }]] }
            b.capability.title = "Device Serial Number " + text
        } else {
            b.add("Serial", 4, 8) { _ in [] }
        }
        return b.result
    }
}
