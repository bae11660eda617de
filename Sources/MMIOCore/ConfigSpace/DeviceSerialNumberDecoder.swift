/// Device Serial Number extended capability (ID 0x0003), PCIe Base 6.0 §7.9.3, decoded from
/// `DeviceSerialNumberLayout`: the 64-bit serial at +4, in the title most significant byte
/// first, as lspci prints it (`9a-bc-de-f0-12-34-56-78`).
public enum DeviceSerialNumberDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Device Serial Number")
        b.addTable([DeviceSerialNumberLayout.serial])
        if let serial = b.capability.register("Serial")?.raw {
            b.capability.title = "Device Serial Number " + (0..<8).reversed().map { hex((serial >> UInt64(8 * $0)) & 0xff, 2) }.joined(separator: "-")
        }
        return b.result
    }
}
