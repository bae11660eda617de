/// Lane Margining at the Receiver extended capability (ID 0x0027), PCIe Base 6.0 §7.7.7,
/// decoded from `LaneMarginingLayout`.
public enum LaneMarginingDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Lane Margining at the Receiver")
        b.addTable(LaneMarginingLayout.registers(in: context.config))
        return b.result
    }
}
