/// The Latency Tolerance Reporting extended capability (ID 0x0018) as data, PCIe Base 6.0
/// §7.8.2: Max Snoop Latency at +4 and Max No-Snoop Latency at +6, each a value (9:0) times
/// 32^scale (12:10) nanoseconds; scales 6 and 7 are not allowed (printed as 0ns).
public enum LatencyToleranceLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// The nanoseconds of one latency register (`ConfigScaledValue`, scale n = 32^n ns).
    static let nanoseconds = ConfigScaledValue(value: "Value", scale: "Scale", factors: [1, 32, 1024, 32768, 1_048_576, 33_554_432], unit: "ns")

    static func latency(_ label: String, _ offset: Int, _ spec: String) -> ConfigRegisterLayout {
        ConfigRegisterLayout(label: label, offset: offset, width: .bits16, fields: [
            T.bits("Value", 9, 0, .readWrite, "Latency value"), T.bits("Scale", 12, 10, .readWrite, "Latency scale (32^n ns)"), T.rsvdP(15, 13),
        ], spec: spec, printed: [[P.decimal("Value", "").silent, P.decimal("Scale", "").silent, P.scaled("Latency", "", nanoseconds)]])
    }

    public static let registers: [ConfigRegisterLayout] = [
        latency("Max snoop latency", 0x04, "PCIe 6.0 §7.8.2.2"),
        latency("Max no snoop latency", 0x06, "PCIe 6.0 §7.8.2.3"),
    ]
}
