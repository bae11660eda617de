/// What a capability decoder may need beyond its own bytes: the whole config space, the
/// header type, and the PCI Express device/port type (AER root registers and the PCIe
/// capability's layout depend on it).
public struct DecodeContext: Sendable {
    public let config: ConfigSpace
    /// Device/Port type from the PCI Express Capabilities register bits 7:4, when present.
    public let expressPortType: UInt8?

    public init(config: ConfigSpace, expressPortType: UInt8?) {
        self.config = config
        self.expressPortType = expressPortType
    }

    /// The Device/Port type as an enum (nil: not PCI Express, or a reserved encoding).
    public var portType: ExpressPortType? { expressPortType.flatMap(ExpressPortType.init(rawValue:)) }

    /// Root Port or Root Complex Event Collector (they carry AER's root registers).
    public var isRootPortOrEventCollector: Bool { portType?.hasRootRegisters ?? false }
}
