/// Latency Tolerance Reporting extended capability (ID 0x0018), PCIe Base 6.0 §7.8.2: max snoop
/// latency +4 and max no-snoop latency +6, each value 9:0 times 32^scale (12:10) nanoseconds.
public enum LatencyToleranceDecoder: CapabilityDecoder {
    static func nanoseconds(_ r: UInt64) -> UInt64 {
        let scale = (r >> 10) & 7
        return scale > 5 ? 0 : (r & 0x3ff) << (5 * scale)
    }

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Latency Tolerance Reporting")
        for (name, rel) in [("Max snoop latency", 4), ("Max no snoop latency", 6)] {
            b.add(name, rel, 2) { r in [[
                F.number("Value", r, low: 0, count: 10) { _ in "" },
                F.number("Scale", r, low: 10, count: 3) { _ in "" },
                F.derived("Latency", raw: r & 0x1fff, value: .number(nanoseconds(r)), text: "\(nanoseconds(r))ns"),
            ]] }
        }
        return b.result
    }
}
