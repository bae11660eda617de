/// The Single Root I/O Virtualization extended capability (ID 0x0010) as data, PCIe Base 6.0
/// §9.3.3: SR-IOV Capabilities +4, Control +8, Status +0xa, InitialVFs +0xc, TotalVFs +0xe,
/// NumVFs +0x10, Function Dependency Link +0x12, First VF Offset and VF Stride +0x14/+0x16
/// (one row, as lspci prints them), VF Device ID +0x1a, Supported Page Sizes +0x1c, System
/// Page Size +0x20, VF BAR0-5 +0x24...+0x38 and the VF Migration State Array Offset +0x3c.
/// lspci's tokens (`IOVCtl: Enable+ Migration- … MSE+`, `Initial VFs: 8,`).
public enum SRIOVLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    /// The registers up to System Page Size; the VF BARs and migration offset follow.
    public static let control: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "IOVCap", offset: 0x04, width: .bits32, fields: [
            T.bit("Migration", 0, .readOnly, "VF Migration Capable"), T.bit("ARIPreserved", 1, .readOnly, "ARI Capable Hierarchy Preserved"),
            T.bit("10BitTagReq", 2, .readOnly, "VF 10-Bit Tag Requester Supported"), T.rsvdP(20, 3),
            T.bits("InterruptMessageNumber", 31, 21, .readOnly, "VF Migration Interrupt Message Number"),
        ], spec: "PCIe 6.0 §9.3.3.2", printed: [[
            P.flag("Migration"), P.flag("10BitTagReq"), P.hex("InterruptMessageNumber", "Interrupt Message Number: ", 3),
        ]]),
        ConfigRegisterLayout(label: "IOVCtl", offset: 0x08, width: .bits16, fields: [
            T.bit("Enable", 0, .readWrite, "VF Enable"), T.bit("Migration", 1, .readWrite, "VF Migration Enable"),
            T.bit("Interrupt", 2, .readWrite, "VF Migration Interrupt Enable"), T.bit("MSE", 3, .readWrite, "VF MSE (memory space enable)"),
            T.bit("ARIHierarchy", 4, .readWrite, "ARI Capable Hierarchy"), T.bit("10BitTagReq", 5, .readWrite, "VF 10-Bit Tag Requester Enable"),
            T.rsvdP(15, 6),
        ], spec: "PCIe 6.0 §9.3.3.3", printed: [[
            P.flag("Enable"), P.flag("Migration"), P.flag("Interrupt"), P.flag("MSE"), P.flag("ARIHierarchy"), P.flag("10BitTagReq"),
        ]]),
        ConfigRegisterLayout(label: "IOVSta", offset: 0x0a, width: .bits16, fields: [
            T.bit("Migration", 0, .writeOneToClear, "VF Migration Status"), T.rsvdZ(15, 1),
        ], spec: "PCIe 6.0 §9.3.3.4", printed: [[P.flag("Migration")]]),
        // InitialVFs … Function Dependency Link print as one line (`VFs: Initial VFs: 8, …`):
        // registers without a printed label continue the line of the one before.
        ConfigRegisterLayout(label: "InitialVFs", offset: 0x0c, width: .bits16, fields: [
            T.bits("Initial", 15, 0, .readOnly, "InitialVFs"),
        ], spec: "PCIe 6.0 §9.3.3.5", printed: [[P.decimal("Initial", "VFs: Initial VFs: ", suffix: ",")]], printedLabel: ""),
        ConfigRegisterLayout(label: "TotalVFs", offset: 0x0e, width: .bits16, fields: [
            T.bits("Total", 15, 0, .readOnly, "TotalVFs"),
        ], spec: "PCIe 6.0 §9.3.3.6", printed: [[P.decimal("Total", "Total VFs: ", suffix: ",")]], printedLabel: ""),
        ConfigRegisterLayout(label: "NumVFs", offset: 0x10, width: .bits16, fields: [
            T.bits("Number", 15, 0, .readWrite, "NumVFs"),
        ], spec: "PCIe 6.0 §9.3.3.7", printed: [[P.decimal("Number", "Number of VFs: ", suffix: ",")]], printedLabel: ""),
        ConfigRegisterLayout(label: "FuncDepLink", offset: 0x12, width: .bits8, fields: [
            T.bits("FunctionDependencyLink", 7, 0, .readOnly, "Function Dependency Link"),
        ], spec: "PCIe 6.0 §9.3.3.8", printed: [[P.hex("FunctionDependencyLink", "Function Dependency Link: ", 2)]], printedLabel: ""),
        ConfigRegisterLayout(label: "VF offset", offset: 0x14, width: .bits32, fields: [
            T.bits("FirstVFOffset", 15, 0, .readOnly, "First VF Offset (§9.3.3.9)"), T.bits("VFStride", 31, 16, .readOnly, "VF Stride (§9.3.3.10)"),
        ], spec: "PCIe 6.0 §9.3.3.9", printed: [[P.decimal("FirstVFOffset", "", suffix: ","), P.decimal("VFStride", "stride: ", suffix: ",")]]),
        ConfigRegisterLayout(label: "VF Device ID", offset: 0x18, width: .bits32, fields: [
            T.rsvdP(15, 0), T.bits("VFDeviceID", 31, 16, .readOnly, "VF Device ID"),
        ], spec: "PCIe 6.0 §9.3.3.11", printed: [[P.hex("VFDeviceID", "", 4)]]),
        ConfigRegisterLayout(label: "Supported Page Size", offset: 0x1c, width: .bits32, fields: [
            T.bits("SupportedPageSizes", 31, 0, .readOnly, "Supported Page Sizes (bit n: 2^(n+12) bytes)"),
        ], spec: "PCIe 6.0 §9.3.3.12", printed: [[P.hex("SupportedPageSizes", "", 8, suffix: ",")]]),
        ConfigRegisterLayout(label: "System Page Size", offset: 0x20, width: .bits32, fields: [
            T.bits("SystemPageSize", 31, 0, .readWrite, "System Page Size (bit n: 2^(n+12) bytes)"),
        ], spec: "PCIe 6.0 §9.3.3.13", printed: [[P.hex("SystemPageSize", "", 8)]]),
    ]

    /// A VF BAR's lower (or only) dword: memory space only (§9.3.3.14: bit 0 is hardwired 0),
    /// type and prefetchable as in a type 0 BAR.
    static let bar = ConfigRegisterLayout(label: "VF BAR", offset: 0x24, width: .bits32, fields: [
        T.bit("IOSpace", 0, .readOnly, "Memory Space Indicator (0 for VF BARs)"),
        T.bits("Type", 2, 1, .readOnly, "Memory type", values: [(0, "32-bit"), (2, "64-bit")]),
        T.bit("Prefetchable", 3, .readOnly), T.bits("Address", 31, 4, .readWrite, "Base address 31:4"),
    ], spec: "PCIe 6.0 §9.3.3.14")

    /// The upper dword of a 64-bit VF BAR.
    static let upperBAR = ConfigRegisterLayout(label: "VF BAR", offset: 0x24, width: .bits32, fields: [
        T.bits("Address", 31, 0, .readWrite, "Base address 63:32"),
    ], spec: "PCIe 6.0 §9.3.3.14")

    public static let migration = ConfigRegisterLayout(label: "VF Migration", offset: 0x3c, width: .bits32, fields: [
        T.bits("BIR", 2, 0, .readOnly, "VF Migration State BIR"), T.bits("Offset", 31, 3, .readOnly, "VF Migration State Offset (8-byte units)"),
    ], spec: "PCIe 6.0 §9.3.3.15", printed: [[P.hex("Offset", "offset: ", 8, scale: .times(8), suffix: ","), P.decimal("BIR", "BIR: ")]])

    /// VF BAR0-5 (`VF BAR0` …; no text of their own: `SRIOVDecoder` prints the `Region n`
    /// lines from them): the dword after a 64-bit BAR's is its upper half.
    public static func bars(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        var out: [ConfigRegisterLayout] = []
        var upper = false
        for i in 0..<6 {
            let layout = upper ? upperBAR : bar
            out.append(layout.moved(by: 4 * i, label: "VF BAR\(i)"))
            let low = config.value(at: base + 0x24 + 4 * i, width: 4) ?? 0
            upper = !upper && low & 1 == 0 && (low >> 1) & 3 == 2
        }
        return out
    }

    public static func registers(base: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        control + bars(base: base, in: config) + [migration]
    }
}
