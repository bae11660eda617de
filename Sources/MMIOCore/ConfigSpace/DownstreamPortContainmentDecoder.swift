/// Downstream Port Containment extended capability (ID 0x001d), PCIe Base 6.0 §7.9.14:
/// capability +4, control +6, status +8, error source ID +0xa.
public enum DownstreamPortContainmentDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Downstream Port Containment")
        b.add("DpcCap", 4, 2) { r in [[
            F.number("IntMsg", r, low: 0, count: 5) { "INT Msg #\($0)," },
            F.flag("RPExt", r, bit: 5), F.flag("PoisonedTLP", r, bit: 6), F.flag("SwTrigger", r, bit: 7),
            F.number("RPPIOLogSize", r, low: 8, count: 4) { "RP PIO Log \($0)," },
            F.flag("DL_ActiveErr", r, bit: 12),
        ]] }
        b.add("DpcCtl", 6, 2) { r in [[
            F.choice("Trigger", r, low: 0, count: 2, names: { ["disabled", "fatal", "non-fatal or fatal", "reserved"][Int($0)] }) { _ in "Trigger:\(r & 3)" },
            F.flag("Cmpl", r, bit: 2), F.flag("INT", r, bit: 3), F.flag("ErrCor", r, bit: 4),
            F.flag("PoisonedTLP", r, bit: 5), F.flag("SwTrigger", r, bit: 6), F.flag("DL_ActiveErr", r, bit: 7),
        ]] }
        b.add("DpcSta", 8, 2) { r in [[
            F.flag("Trigger", r, bit: 0),
            F.number("Reason", r, low: 1, count: 2) { "Reason:" + hex($0, 2) },
            F.flag("INT", r, bit: 3), F.flag("RPBusy", r, bit: 4),
            F.number("TriggerExt", r, low: 5, count: 2) { "TriggerExt:" + hex($0, 2) },
            F.number("RPPIOErrPtr", r, low: 8, count: 5) { "RP PIO ErrPtr:" + hex($0, 2) },
        ]] }
        b.add("Source", 0xa, 2) { r in [[F.number("SourceID", r, low: 0, count: 16) { hex($0, 4) }]] }
        return b.result
    }
}
