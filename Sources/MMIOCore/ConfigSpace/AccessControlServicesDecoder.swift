/// Access Control Services extended capability (ID 0x000d), PCIe Base 6.0 §7.7.8:
/// ACS Capability at +4 and ACS Control at +6 share bit positions 0-6.
public enum AccessControlServicesDecoder: CapabilityDecoder {
    static let bits = [(0, "SrcValid"), (1, "TransBlk"), (2, "ReqRedir"), (3, "CmpltRedir"), (4, "UpstreamFwd"), (5, "EgressCtrl"), (6, "DirectTrans")]

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Access Control Services")
        b.add("ACSCap", 4, 2) { r in [bits.map { F.flag($0.1, r, bit: $0.0) } + [F.number("EgressCtrlVectorSize", r, low: 8, count: 8) { _ in "" }]] }
        b.add("ACSCtl", 6, 2) { r in [bits.map { F.flag($0.1, r, bit: $0.0) }] }
        return b.result
    }
}
