/// The Bridge Subsystem Vendor ID capability (ID 0x0d) as data, PCI-to-PCI Bridge
/// Architecture 1.2 §3.2.5.13 and PCI Code and ID Assignment §2: subsystem vendor ID at +4
/// and subsystem ID at +6 (type 1 headers have no subsystem registers of their own), read
/// as one dword, `8086:7777` as lspci's headline has it.
public enum BridgeSubsystemLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let ids = ConfigRegisterLayout(label: "SSVID", offset: 0x04, width: .bits32, fields: [
        T.bits("SubsystemVendorID", 15, 0, .readOnly, "Subsystem Vendor ID"), T.bits("SubsystemID", 31, 16, .readOnly, "Subsystem ID"),
    ], spec: "PCI-to-PCI Bridge 1.2 §3.2.5.13", printed: [[
        P.hex("SubsystemVendorID", "", 4, suffix: ":"), P.hex("SubsystemID", "", 4).attachedToPrevious(),
    ]])

    public static let registers = [ids]
}
