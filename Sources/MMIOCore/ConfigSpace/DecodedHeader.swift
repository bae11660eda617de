/// The standard header of one function (PCI Local Bus 3.0 §6.2, PCI-to-PCI Bridge 1.2 §3.2,
/// PC Card 8.0 for CardBus), decoded: identity, registers in lspci's vocabulary, BARs,
/// expansion ROM and bridge windows.
public struct DecodedHeader: Sendable, Equatable {
    /// 0 (endpoint), 1 (PCI-to-PCI bridge), 2 (CardBus bridge), or another value the spec
    /// does not define; nil when even the header byte was unreadable.
    public let headerType: UInt8?
    public let isMultiFunction: Bool
    public let vendorID: UInt16?
    public let deviceID: UInt16?
    public let revision: UInt8?
    public let classCode: UInt32?
    public let subsystemVendorID: UInt16?
    public let subsystemDeviceID: UInt16?
    /// Control, Status, Latency, Interrupt, Bus, Secondary status, BridgeCtl... in print order.
    public let registers: [ConfigRegister]
    public let bars: [DecodedBAR]
    public let rom: DecodedBAR?
    public let windows: [DecodedWindow]

    public init(headerType: UInt8?, isMultiFunction: Bool, vendorID: UInt16?, deviceID: UInt16?, revision: UInt8?,
                classCode: UInt32?, subsystemVendorID: UInt16?, subsystemDeviceID: UInt16?,
                registers: [ConfigRegister], bars: [DecodedBAR], rom: DecodedBAR?, windows: [DecodedWindow]) {
        self.headerType = headerType
        self.isMultiFunction = isMultiFunction
        self.vendorID = vendorID
        self.deviceID = deviceID
        self.revision = revision
        self.classCode = classCode
        self.subsystemVendorID = subsystemVendorID
        self.subsystemDeviceID = subsystemDeviceID
        self.registers = registers
        self.bars = bars
        self.rom = rom
        self.windows = windows
    }

    /// The same header with subsystem IDs taken from elsewhere (a bridge's Subsystem capability).
    public func withSubsystem(vendor: UInt16, device: UInt16) -> DecodedHeader {
        DecodedHeader(headerType: headerType, isMultiFunction: isMultiFunction, vendorID: vendorID, deviceID: deviceID,
                      revision: revision, classCode: classCode, subsystemVendorID: vendor, subsystemDeviceID: device,
                      registers: registers, bars: bars, rom: rom, windows: windows)
    }

    public func register(_ name: String) -> ConfigRegister? { registers.first { $0.name == name } }

    /// `Endpoint`, `PCI-to-PCI bridge`, `CardBus bridge`.
    public var headerTypeName: String {
        guard let headerType else { return "unreadable" }
        return ConfigHeaderType(rawValue: headerType)?.name ?? "unknown header type " + hex(headerType, 2)
    }
}
