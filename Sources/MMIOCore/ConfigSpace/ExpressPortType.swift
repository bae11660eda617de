/// Device/Port Type of a PCI Express function: PCI Express Capabilities register bits 7:4
/// (PCIe Base 6.0 §7.5.3.2). Which registers of the capability exist, and which fields
/// mean something, depend on it (§7.5.3 "PCI Express Capability Structure").
public enum ExpressPortType: UInt8, Sendable, CaseIterable {
    case endpoint = 0x0
    case legacyEndpoint = 0x1
    case rootPort = 0x4
    case upstreamPort = 0x5
    case downstreamPort = 0x6
    case pcieToPCIBridge = 0x7
    case pciToPCIeBridge = 0x8
    case rootComplexIntegratedEndpoint = 0x9
    case rootComplexEventCollector = 0xa

    /// lspci's name for the type (`Root Port`, `Upstream Port`).
    public var lspciName: String {
        switch self {
        case .endpoint: "Endpoint"
        case .legacyEndpoint: "Legacy Endpoint"
        case .rootPort: "Root Port"
        case .upstreamPort: "Upstream Port"
        case .downstreamPort: "Downstream Port"
        case .pcieToPCIBridge: "PCI-Express to PCI/PCI-X Bridge"
        case .pciToPCIeBridge: "PCI/PCI-X to PCI-Express Bridge"
        case .rootComplexIntegratedEndpoint: "Root Complex Integrated Endpoint"
        case .rootComplexEventCollector: "Root Complex Event Collector"
        }
    }

    /// Endpoints of every kind (including Root Complex Integrated Endpoints).
    public var isEndpoint: Bool { self == .endpoint || self == .legacyEndpoint || self == .rootComplexIntegratedEndpoint }
    /// Every type except Root Complex Integrated Endpoints and Event Collectors has a link.
    public var hasLink: Bool { self != .rootComplexIntegratedEndpoint && self != .rootComplexEventCollector }
    /// Root Ports and Event Collectors carry the Root registers (and AER's root registers).
    public var hasRootRegisters: Bool { self == .rootPort || self == .rootComplexEventCollector }
    /// Downstream-facing: Root Ports, Switch Downstream Ports, PCIe-to-PCI bridges.
    public var isDownstreamFacing: Bool { self == .rootPort || self == .downstreamPort || self == .pcieToPCIBridge }
    /// Switch ports (upstream or downstream).
    public var isSwitchPort: Bool { self == .upstreamPort || self == .downstreamPort }
    /// Ports that route (Root Ports and both switch ports).
    public var routes: Bool { self == .rootPort || self == .upstreamPort || self == .downstreamPort }
}
