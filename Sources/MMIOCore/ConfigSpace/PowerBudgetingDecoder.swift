/// Power Budgeting extended capability (ID 0x0004), PCIe Base 6.0 §7.8.1: data select +4 (8
/// bits, written by software to choose an entry), data +8 (base power 7:0, data scale 9:8, PM
/// sub state 12:10, PM state 14:13, type 17:15, power rail 20:18), capability +0xc (system
/// allocated 0). A dump shows only the entry selected when it was taken.
public enum PowerBudgetingDecoder: CapabilityDecoder {
    static let states = ["D0", "D1", "D2", "D3"]
    static let types = ["PME Aux", "Auxiliary", "Idle", "Sustained", "Sustained (EPRS)", "Maximum (EPRS)", "Reserved", "Maximum"]
    static let rails = ["Power (12V)", "Power (3.3V)", "Power (1.5V or 1.8V)", "Reserved", "Reserved", "Reserved", "Reserved", "Thermal"]

    /// `25000` mW → `25W`, `7500` → `7.5W`, `5` → `0.005W`.
    static func watts(_ milli: UInt64) -> String {
        var frac = String(milli % 1000)
        frac = String(repeating: "0", count: 3 - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        return "\(milli / 1000)" + (frac.isEmpty ? "" : "." + frac) + "W"
    }

    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Power Budgeting")
        b.add("DataSelect", 4, 1) { r in [[F.number("DataSelect", r, low: 0, count: 8) { "\($0)" }]] }
        b.add("Data", 8, 4) { r in
            let milli = [1000, 100, 10, 1][Int((r >> 8) & 3)] * (r & 0xff)
            return [[
                F.number("BasePower", r, low: 0, count: 8) { _ in "" },
                F.number("DataScale", r, low: 8, count: 2) { _ in "" },
                F.derived("Power", raw: r & 0x3ff, value: .number(milli), text: watts(milli)),
                F.number("PMSubState", r, low: 10, count: 3) { "PMSub=\($0)" },
                F.choice("PMState", r, low: 13, count: 2, names: { states[Int($0)] }) { "PMState=" + $0 },
                F.choice("Type", r, low: 15, count: 3, names: { types[Int($0)] }) { "Type=" + $0 },
                F.choice("PowerRail", r, low: 18, count: 3, names: { rails[Int($0)] }) { "Rail=" + $0 },
            ]]
        }
        b.add("PwrBudCap", 0xc, 1) { r in [[F.flag("SystemAllocated", r, bit: 0)]] }
        return b.result
    }
}

