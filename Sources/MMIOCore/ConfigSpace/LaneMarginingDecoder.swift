/// Lane Margining at the Receiver extended capability (ID 0x0027), PCIe Base 6.0 §7.7.7: port
/// capabilities +4 (margining uses driver software 0), port status +6 (ready 0, software ready 1),
/// then per-lane control/status pairs from +8.
public enum LaneMarginingDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Lane Margining at the Receiver")
        b.add("PortCap", 4, 2) { r in [[F.flag("Uses Driver", r, bit: 0)]] }
        b.add("PortSta", 6, 2) { r in [[F.flag("MargReady", r, bit: 0), F.flag("MargSoftReady", r, bit: 1)]] }
        return b.result
    }
}
