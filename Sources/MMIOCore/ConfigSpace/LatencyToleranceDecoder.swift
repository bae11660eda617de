/// Latency Tolerance Reporting extended capability (ID 0x0018), PCIe Base 6.0 §7.8.2, decoded
/// from `LatencyToleranceLayout`: max snoop latency +4 and max no-snoop latency +6.
public enum LatencyToleranceDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Latency Tolerance Reporting")
        b.addTable(LatencyToleranceLayout.registers)
        return b.result
    }
}
