/// The Slot Identification capability (ID 0x04) as data, PCI-to-PCI Bridge Architecture 1.2
/// §13.1: the Expansion Slot register at +2 (slots provided 4:0, first in chassis 5) and the
/// Chassis Number register at +3, read here as one 16-bit register, as lspci prints them.
public enum SlotIdentificationLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let slot = ConfigRegisterLayout(label: "Slot ID", offset: 0x02, width: .bits16, fields: [
        T.bits("Slots", 4, 0, .readOnly, "Expansion Slots Provided"), T.bit("First", 5, .readOnly, "First In Chassis"),
        T.rsvdP(7, 6), T.bits("Chassis", 15, 8, .readWrite, "Chassis Number"),
    ], spec: "PCI-to-PCI Bridge 1.2 §13.1", printed: [[
        P.decimal("Slots", "", suffix: " slots,"), P.flag("First", suffix: ","), P.hex("Chassis", "chassis ", 2),
    ]])

    public static let registers = [slot]
}
