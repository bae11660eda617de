/// Downstream Port Containment extended capability (ID 0x001d), PCIe Base 6.0 §7.9.14,
/// decoded from `DownstreamPortContainmentLayout`: capability +4, control +6, status +8,
/// error source ID +0xa.
public enum DownstreamPortContainmentDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Downstream Port Containment")
        b.addTable(DownstreamPortContainmentLayout.registers)
        return b.result
    }
}
