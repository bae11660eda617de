/// The Resizable BAR extended capability (ID 0x0015) and the VF Resizable BAR extended
/// capability (ID 0x0024) as data, PCIe Base 6.0 §7.8.6 and §9.3.7.5: one 8-byte entry per
/// resizable BAR from +4: capability (bit n of 31:4 set: 2^(n+16) bytes supported, bit 4 is
/// 1 MB) and control (BAR index 2:0, number of resizable BARs 7:5 in the first entry, BAR Size
/// 13:8 encoded as 2^(n+20) bytes, the larger supported sizes 31:16). lspci prints an entry's
/// control first: `BAR 0: current size: 256MB, supported: 1MB 2MB …`.
public enum ResizableBARLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// 2^(n+20) bytes as printed (`1MB`, `2MB` … `8EB` is beyond 64 bits: `0B`).
    static let sizeNames: [String] = (0..<28).map { humanSize(UInt64(1) << UInt64($0 + 20)) + "B" }
    /// BAR Size encodings 0-43 in bytes (2^(n+20)); larger ones do not fit 64 bits.
    static let sizes: [UInt64] = (0..<44).map { UInt64(1) << UInt64($0 + 20) }

    static let capability = ConfigRegisterLayout(label: "cap", offset: 0x04, width: .bits32, fields: [
        T.rsvdP(3, 0), T.bits("SupportedSizes", 31, 4, .readOnly, "Supported BAR sizes (bit n: 2^(n+20) bytes)"),
    ], spec: "PCIe 6.0 §7.8.6.2", printed: [[ConfigPrintedField("SupportedSizes", "supported: ", .setBitNames(sizeNames))]], printedLabel: "")

    static let control = ConfigRegisterLayout(label: "ctl", offset: 0x08, width: .bits32, fields: [
        T.bits("BARIndex", 2, 0, .readOnly, "BAR Index"), T.rsvdP(4, 3),
        T.bits("NumberOfBARs", 7, 5, .readOnly, "Number of Resizable BARs (first entry only)"),
        T.bits("CurrentSize", 13, 8, .readWrite, "BAR Size (2^(n+20) bytes)"), T.rsvdP(15, 14),
        T.bits("SupportedSizesHigh", 31, 16, .readOnly, "Supported BAR sizes from 2^48 bytes (bit n: 2^(n+48) bytes)"),
    ], spec: "PCIe 6.0 §7.8.6.3", printed: [[
        P.decimal("BARIndex", "BAR ", suffix: ":"), ConfigPrintedField("CurrentSize", "current size: ", .size, scale: .lookup(sizes), suffix: ","),
    ]], printedLabel: "", startsLine: true)

    /// Entry `n`'s registers, `BAR entry n ctl` then `BAR entry n cap` (lspci's order).
    public static func entry(_ n: Int) -> [ConfigRegisterLayout] {
        [control.moved(by: 8 * n, label: "BAR entry \(n) ctl", printedLabel: ""),
         capability.moved(by: 8 * n, label: "BAR entry \(n) cap", printedLabel: "")]
    }

    /// Every entry of the capability at `base`: as many as the first control register's
    /// Number of Resizable BARs says (1 to 6; one when it cannot be read).
    public static func registers(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        let count = config.value(at: base + 8, width: 4).map { Int(($0 >> 5) & 7) } ?? 1
        return (0..<max(1, min(count, 6))).flatMap(entry)
    }
}
