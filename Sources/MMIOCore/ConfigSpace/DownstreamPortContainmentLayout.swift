/// The Downstream Port Containment extended capability (ID 0x001d) as data, PCIe Base 6.0
/// §7.9.14: DPC Capability at +4, DPC Control at +6, DPC Status at +8 (trigger and interrupt
/// status are RW1C) and the DPC Error Source ID at +0xa, with lspci's tokens.
public enum DownstreamPortContainmentLayout {
    typealias T = ConfigFieldTable
    typealias P = ConfigPrintedField

    public static let registers: [ConfigRegisterLayout] = [
        ConfigRegisterLayout(label: "DpcCap", offset: 0x04, width: .bits16, fields: [
            T.bits("IntMsg", 4, 0, .readOnly, "DPC Interrupt Message Number"), T.bit("RPExt", 5, .readOnly, "RP Extensions for DPC"),
            T.bit("PoisonedTLP", 6, .readOnly, "Poisoned TLP Egress Blocking Supported"),
            T.bit("SwTrigger", 7, .readOnly, "DPC Software Triggering Supported"), T.bits("RPPIOLogSize", 11, 8, .readOnly, "RP PIO Log Size"),
            T.bit("DL_ActiveErr", 12, .readOnly, "DL_Active ERR_COR Signaling Supported"), T.rsvdP(15, 13),
        ], spec: "PCIe 6.0 §7.9.14.2", printed: [[
            P.decimal("IntMsg", "INT Msg #", suffix: ","), P.flag("RPExt"), P.flag("PoisonedTLP"), P.flag("SwTrigger"),
            P.decimal("RPPIOLogSize", "RP PIO Log ", suffix: ","), P.flag("DL_ActiveErr"),
        ]]),
        ConfigRegisterLayout(label: "DpcCtl", offset: 0x06, width: .bits16, fields: [
            T.bits("Trigger", 1, 0, .readWrite, "DPC Trigger Enable",
                   values: [(0, "disabled"), (1, "fatal"), (2, "non-fatal or fatal"), (3, "reserved")]),
            T.bit("Cmpl", 2, .readWrite, "DPC Completion Control"), T.bit("INT", 3, .readWrite, "DPC Interrupt Enable"),
            T.bit("ErrCor", 4, .readWrite, "DPC ERR_COR Enable"), T.bit("PoisonedTLP", 5, .readWrite, "Poisoned TLP Egress Blocking Enable"),
            T.bit("SwTrigger", 6, .readWrite, "DPC Software Trigger (reads 0)"), T.bit("DL_ActiveErr", 7, .readWrite, "DL_Active ERR_COR Enable"),
            T.rsvdP(15, 8),
        ], spec: "PCIe 6.0 §7.9.14.3", printed: [[
            P("Trigger", "Trigger:", .code), P.flag("Cmpl"), P.flag("INT"), P.flag("ErrCor"), P.flag("PoisonedTLP"),
            P.flag("SwTrigger"), P.flag("DL_ActiveErr"),
        ]]),
        ConfigRegisterLayout(label: "DpcSta", offset: 0x08, width: .bits16, fields: [
            T.bit("Trigger", 0, .writeOneToClear, "DPC Trigger Status"),
            T.bits("Reason", 2, 1, .readOnly, "DPC Trigger Reason",
                   values: [(0, "unmasked uncorrectable error"), (1, "ERR_NONFATAL"), (2, "ERR_FATAL"), (3, "see TriggerExt")]),
            T.bit("INT", 3, .writeOneToClear, "DPC Interrupt Status"), T.bit("RPBusy", 4, .readOnly, "DPC RP Busy"),
            T.bits("TriggerExt", 6, 5, .readOnly, "DPC Trigger Reason Extension",
                   values: [(0, "RP PIO error"), (1, "software trigger")]),
            T.rsvdZ(7, 7), T.bits("RPPIOErrPtr", 12, 8, .readOnly, "RP PIO First Error Pointer"), T.rsvdZ(15, 13),
        ], spec: "PCIe 6.0 §7.9.14.4", printed: [[
            P.flag("Trigger"), P.hex("Reason", "Reason:", 2), P.flag("INT"), P.flag("RPBusy"),
            P.hex("TriggerExt", "TriggerExt:", 2), P.hex("RPPIOErrPtr", "RP PIO ErrPtr:", 2),
        ]]),
        ConfigRegisterLayout(label: "Source", offset: 0x0a, width: .bits16, fields: [
            T.bits("SourceID", 15, 0, .readOnly, "DPC Error Source ID"),
        ], spec: "PCIe 6.0 §7.9.14.5", printed: [[P.hex("SourceID", "", 4)]]),
    ]
}
