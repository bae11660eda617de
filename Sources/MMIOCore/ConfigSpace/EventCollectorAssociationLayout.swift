/// The Root Complex Event Collector Endpoint Association extended capability (ID 0x0007) as
/// data, PCIe Base 6.0 §7.9.10: the association bitmap for RCiEPs at +4 (bit n: device n on
/// the collector's bus) and, from version 2, the associated bus numbers at +8 (next bus 15:8,
/// last bus 23:16), with lspci's `[none]` for an empty bitmap or no buses.
public enum EventCollectorAssociationLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    static let bitmap = ConfigRegisterLayout(label: "RCiEPBitmap", offset: 0x04, width: .bits32, fields: [
        T.bits("AssociationBitmap", 31, 0, .readOnly, "Association Bitmap for RCiEPs"),
    ], spec: "PCIe 6.0 §7.9.10.2", printed: [[
        P("AssociationBitmap", "RCiEP at Device(s): ", .bitRanges).when(.nonzero("RCiEPBitmap", "AssociationBitmap")),
        P("AssociationBitmap", "[none]", .label),
    ]])

    /// Next bus 0xff and last bus 0 is lspci's `[none]` (no bus associated); any other pair
    /// prints as the range `01-03`.
    static let noBuses = ConfigCondition.all([
        .equal(ConfigCondition.ref("AssociatedBusNumbers", "NextBus"), .number(0xff)), .equal(ConfigCondition.ref("AssociatedBusNumbers", "LastBus"), .number(0)),
    ])

    static let buses = ConfigRegisterLayout(label: "AssociatedBusNumbers", offset: 0x08, width: .bits32, fields: [
        T.rsvdP(7, 0), T.bits("NextBus", 15, 8, .readOnly, "RCEC Next Bus"), T.bits("LastBus", 23, 16, .readOnly, "RCEC Last Bus"),
        T.rsvdP(31, 24),
    ], spec: "PCIe 6.0 §7.9.10.3", printed: [[
        P("NextBus", "[none]", .label).when(noBuses), P.hex("NextBus", "", 2, suffix: "-"),
        P.hex("LastBus", "", 2).attachedToPrevious().when(.not(noBuses)),
    ]])

    /// The registers of a capability of `version` (the extended header's 19:16).
    public static func registers(version: UInt8) -> [ConfigRegisterLayout] {
        version >= 2 ? [bitmap, buses] : [bitmap]
    }
}
