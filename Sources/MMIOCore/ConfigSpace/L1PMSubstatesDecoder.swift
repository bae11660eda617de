/// L1 PM Substates extended capability (ID 0x001e), PCIe Base 6.0 §7.8.3: capabilities +4
/// (PCI-PM L1.2 0, PCI-PM L1.1 1, ASPM L1.2 2, ASPM L1.1 3, L1 PM Substates 4, common mode
/// restore time 15:8 µs, T_PowerOn scale 17:16 and value 23:19), control 1 +8 (enables 3:0,
/// common mode restore time 15:8, LTR L1.2 threshold value 25:16 and scale 31:29), control 2 +0xc
/// (T_PowerOn scale 1:0, value 7:3).
public enum L1PMSubstatesDecoder: CapabilityDecoder {
    static let powerOnScale: [UInt64] = [2, 10, 100, 0]
    static let thresholdScale: [UInt64] = [1, 32, 1024, 32768, 1_048_576, 33_554_432, 0, 0]

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "L1 PM Substates")
        let states = [(0, "PCI-PM_L1.2"), (1, "PCI-PM_L1.1"), (2, "ASPM_L1.2"), (3, "ASPM_L1.1")]
        b.add("L1SubCap", 4, 4) { r in
            let t = powerOnScale[Int((r >> 16) & 3)] * ((r >> 19) & 0x1f)
            return [states.map { F.flag($0.1, r, bit: $0.0) } + [F.flag("L1_PM_Substates", r, bit: 4)], [
                F.number("PortCommonModeRestoreTime", r, low: 8, count: 8) { "PortCommonModeRestoreTime=\($0)us" },
                F.derived("PortTPowerOnTime", raw: (r >> 16) & 0xff, value: .number(t), text: "PortTPowerOnTime=\(t)us"),
            ]]
        }
        b.add("L1SubCtl1", 8, 4) { r in
            let ns = thresholdScale[Int((r >> 29) & 7)] * ((r >> 16) & 0x3ff)
            return [states.map { F.flag($0.1, r, bit: $0.0) }, [
                F.number("CommonModeRestoreTime", r, low: 8, count: 8) { "T_CommonMode=\($0)us" },
                F.derived("LTR1.2_Threshold", raw: r >> 16, value: .number(ns), text: "LTR1.2_Threshold=\(ns)ns"),
            ]]
        }
        b.add("L1SubCtl2", 0xc, 4) { r in
            let t = powerOnScale[Int(r & 3)] * ((r >> 3) & 0x1f)
            return [[F.derived("T_PwrOn", raw: r & 0xff, value: .number(t), text: "T_PwrOn=\(t)us")]]
        }
        return b.result
    }
}
