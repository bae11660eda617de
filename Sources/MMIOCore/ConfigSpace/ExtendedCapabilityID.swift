/// Extended (16-bit) capability IDs, PCI Code and ID Assignment Specification 1.11 §3, with
/// the names `setpci --dumpregs` (pciutils 3.9) gives them for `ECAP_…` targets.
public enum ExtendedCapabilityID: UInt16, Sendable, CaseIterable {
    case advancedErrorReporting = 0x01
    case virtualChannel = 0x02
    case deviceSerialNumber = 0x03
    case powerBudgeting = 0x04
    case rootComplexLink = 0x05
    case rootComplexInternalLink = 0x06
    case rootComplexEventCollector = 0x07
    case multiFunctionVirtualChannel = 0x08
    case virtualChannel9 = 0x09
    case rootComplexRegisterBlock = 0x0a
    case vendorSpecific = 0x0b
    case configurationAccessCorrelation = 0x0c
    case accessControlServices = 0x0d
    case alternativeRoutingID = 0x0e
    case addressTranslation = 0x0f
    case singleRootIOV = 0x10
    case multiRootIOV = 0x11
    case multicast = 0x12
    case pageRequest = 0x13
    case resizableBAR = 0x15
    case dynamicPowerAllocation = 0x16
    case tphRequester = 0x17
    case latencyTolerance = 0x18
    case secondaryPCIe = 0x19
    case protocolMultiplexing = 0x1a
    case pasid = 0x1b
    case lnRequester = 0x1c
    case downstreamPortContainment = 0x1d
    case l1PMSubstates = 0x1e
    case precisionTime = 0x1f
    case mPCIe = 0x20
    case frsQueueing = 0x21
    case readinessTimeReporting = 0x22
    case designatedVendorSpecific = 0x23
    case vfResizableBAR = 0x24
    case dataLinkFeature = 0x25
    case physicalLayer16 = 0x26
    case laneMargining = 0x27
    case hierarchyID = 0x28
    case enclosureManagement = 0x29
    case physicalLayer32 = 0x2a

    /// setpci's name (`ECAP_AER`), nil where setpci 3.9 has none (reach it as `ECAP2a`).
    public var setpciName: String? {
        switch self {
        case .advancedErrorReporting: "ECAP_AER"
        case .virtualChannel: "ECAP_VC"
        case .deviceSerialNumber: "ECAP_DSN"
        case .powerBudgeting: "ECAP_PB"
        case .rootComplexLink: "ECAP_RCLINK"
        case .rootComplexInternalLink: "ECAP_RCILINK"
        case .rootComplexEventCollector: "ECAP_RCEC"
        case .multiFunctionVirtualChannel: "ECAP_MFVC"
        case .virtualChannel9: "ECAP_VC2"
        case .rootComplexRegisterBlock: "ECAP_RBCB"
        case .vendorSpecific: "ECAP_VNDR"
        case .configurationAccessCorrelation: nil
        case .accessControlServices: "ECAP_ACS"
        case .alternativeRoutingID: "ECAP_ARI"
        case .addressTranslation: "ECAP_ATS"
        case .singleRootIOV: "ECAP_SRIOV"
        case .multiRootIOV: "ECAP_MRIOV"
        case .multicast: "ECAP_MCAST"
        case .pageRequest: "ECAP_PRI"
        case .resizableBAR: "ECAP_REBAR"
        case .dynamicPowerAllocation: "ECAP_DPA"
        case .tphRequester: "ECAP_TPH"
        case .latencyTolerance: "ECAP_LTR"
        case .secondaryPCIe: "ECAP_SECPCI"
        case .protocolMultiplexing: "ECAP_PMUX"
        case .pasid: "ECAP_PASID"
        case .lnRequester: "ECAP_LNR"
        case .downstreamPortContainment: "ECAP_DPC"
        case .l1PMSubstates: "ECAP_L1PM"
        case .precisionTime: "ECAP_PTM"
        case .mPCIe: "ECAP_M_PCIE"
        case .frsQueueing: "ECAP_FRS"
        case .readinessTimeReporting: "ECAP_RTR"
        case .designatedVendorSpecific: "ECAP_DVSEC"
        case .vfResizableBAR: "ECAP_VF_REBAR"
        case .dataLinkFeature: "ECAP_DLNK"
        case .physicalLayer16: "ECAP_16GT"
        case .laneMargining: "ECAP_LMR"
        case .hierarchyID: "ECAP_HIER_ID"
        case .enclosureManagement: "ECAP_NPEM"
        case .physicalLayer32: nil
        }
    }

    /// The spec's name of the capability (`CapabilityNames.extended`).
    public var name: String { CapabilityNames.extended(rawValue) ?? "Extended capability \(hex(rawValue, 4))" }

    /// The ID whose setpci name is `name` (case-insensitive, as setpci compares).
    public init?(setpciName name: String) {
        guard let found = Self.allCases.first(where: { $0.setpciName?.lowercased() == (name).lowercased() }) else { return nil }
        self = found
    }
}
