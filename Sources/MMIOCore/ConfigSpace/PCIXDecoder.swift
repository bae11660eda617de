/// PCI-X capability (ID 0x07), PCI-X 2.0 §7.2: for a device (type 0 header) command at +2
/// (data parity error recovery 0, relaxed ordering 1, max memory read byte count 3:2, max
/// outstanding split transactions 6:4) and status at +4 (function 2:0, device 7:3, bus 15:8,
/// 64-bit 16, 133MHz 17, split completion discarded 18, unexpected split completion 19, device
/// complexity 20, designed max read byte count 22:21, designed max outstanding splits 25:23,
/// designed max cumulative read size 28:26, received split completion error 29, 266MHz 30,
/// 533MHz 31). A bridge (type 1) has secondary status at +2 and bridge status at +4.
public enum PCIXDecoder: CapabilityDecoder {
    static let splits: [UInt64] = [1, 2, 3, 4, 8, 12, 16, 32]

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        let bridge = context.config.header == .pciBridge
        var b = CapabilityBuilder(entry, context, space: .standard, name: "PCI-X")
        b.capability.title = bridge ? "PCI-X bridge device" : "PCI-X non-bridge device"
        if bridge {
            b.add("Secondary Status", 2, 2) { r in [[
                F.flag("64bit", r, bit: 0), F.flag("133MHz", r, bit: 1), F.flag("SCD", r, bit: 2), F.flag("USC", r, bit: 3),
                F.flag("SCO", r, bit: 4), F.flag("SRD", r, bit: 5),
                F.choice("Freq", r, low: 6, count: 3, names: { ["conv", "66MHz", "100MHz", "133MHz"][safeIndex: $0] }) { "Freq=" + $0 },
            ]] }
            b.add("Status", 4, 4) { r in [[
                F.number("Dev", r, low: 3, count: 5) { "Dev=" + hex(r >> 8 & 0xff, 2) + ":" + hex($0, 2) + "." + String(r & 7) },
                F.flag("64bit", r, bit: 16), F.flag("133MHz", r, bit: 17), F.flag("SCD", r, bit: 18), F.flag("USC", r, bit: 19),
                F.flag("SCO", r, bit: 20), F.flag("SRD", r, bit: 21),
            ]] }
        } else {
            b.add("Command", 2, 2) { r in [[
                F.flag("DPERE", r, bit: 0), F.flag("ERO", r, bit: 1),
                F.number("RBC", r, low: 2, count: 2, decode: { 512 << $0 }) { "RBC=\($0)" },
                F.number("OST", r, low: 4, count: 3, decode: { splits[Int($0)] }) { "OST=\($0)" },
            ]] }
            b.add("Status", 4, 4) { r in [[
                F.number("Dev", r, low: 3, count: 5) { "Dev=" + hex(r >> 8 & 0xff, 2) + ":" + hex($0, 2) + "." + String(r & 7) },
                F.flag("64bit", r, bit: 16), F.flag("133MHz", r, bit: 17), F.flag("SCD", r, bit: 18), F.flag("USC", r, bit: 19),
                F.choice("DC", r, low: 20, count: 1, names: { $0 == 1 ? "bridge" : "simple" }) { "DC=" + $0 },
                F.number("DMMRBC", r, low: 21, count: 2, decode: { 512 << $0 }) { "DMMRBC=\($0)" },
                F.number("DMOST", r, low: 23, count: 3, decode: { splits[Int($0)] }) { "DMOST=\($0)" },
                F.number("DMCRS", r, low: 26, count: 3, decode: { 8 << $0 }) { "DMCRS=\($0)" },
                F.flag("RSCEM", r, bit: 29), F.flag("266MHz", r, bit: 30), F.flag("533MHz", r, bit: 31),
            ]] }
        }
        return b.result
    }
}

