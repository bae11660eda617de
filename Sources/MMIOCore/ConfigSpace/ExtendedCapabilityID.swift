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
    case alternateProtocol = 0x2b
    case systemFirmwareIntermediary = 0x2c
    case shadowFunctions = 0x2d
    case dataObjectExchange = 0x2e
    case device3 = 0x2f
    case integrityAndDataEncryption = 0x30
    case physicalLayer64 = 0x31
    case flitLogging = 0x32
    case flitPerformanceMeasurement = 0x33
    case flitErrorInjection = 0x34

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
        case .alternateProtocol: nil
        case .systemFirmwareIntermediary: nil
        case .shadowFunctions: nil
        case .dataObjectExchange: nil
        case .device3: nil
        case .integrityAndDataEncryption: nil
        case .physicalLayer64: nil
        case .flitLogging: nil
        case .flitPerformanceMeasurement: nil
        case .flitErrorInjection: nil
        }
    }

    /// lspci's title for the capability (PCI Code and ID Assignment 1.11 §3 names, as lspci
    /// prints them).
    public var title: String {
        switch self {
        case .advancedErrorReporting: "Advanced Error Reporting"
        case .virtualChannel: "Virtual Channel"
        case .deviceSerialNumber: "Device Serial Number"
        case .powerBudgeting: "Power Budgeting"
        case .rootComplexLink: "Root Complex Link"
        case .rootComplexInternalLink: "Root Complex Internal Link Control"
        case .rootComplexEventCollector: "Root Complex Event Collector Endpoint Association"
        case .multiFunctionVirtualChannel: "Multi-Function Virtual Channel"
        case .virtualChannel9: "Virtual Channel"
        case .rootComplexRegisterBlock: "Root Complex Register Block"
        case .vendorSpecific: "Vendor Specific Information"
        case .configurationAccessCorrelation: "Configuration Access Correlation"
        case .accessControlServices: "Access Control Services"
        case .alternativeRoutingID: "Alternative Routing-ID Interpretation (ARI)"
        case .addressTranslation: "Address Translation Service (ATS)"
        case .singleRootIOV: "Single Root I/O Virtualization (SR-IOV)"
        case .multiRootIOV: "Multi-Root I/O Virtualization (MR-IOV)"
        case .multicast: "Multicast"
        case .pageRequest: "Page Request Interface (PRI)"
        case .resizableBAR: "Physical Resizable BAR"
        case .dynamicPowerAllocation: "Dynamic Power Allocation"
        case .tphRequester: "Transaction Processing Hints"
        case .latencyTolerance: "Latency Tolerance Reporting"
        case .secondaryPCIe: "Secondary PCI Express"
        case .protocolMultiplexing: "Protocol Multiplexing"
        case .pasid: "Process Address Space ID (PASID)"
        case .lnRequester: "LN Requester"
        case .downstreamPortContainment: "Downstream Port Containment"
        case .l1PMSubstates: "L1 PM Substates"
        case .precisionTime: "Precision Time Measurement"
        case .mPCIe: "M-PCIe"
        case .frsQueueing: "FRS Queueing"
        case .readinessTimeReporting: "Readiness Time Reporting"
        case .designatedVendorSpecific: "Designated Vendor-Specific"
        case .vfResizableBAR: "VF Resizable BAR"
        case .dataLinkFeature: "Data Link Feature"
        case .physicalLayer16: "Physical Layer 16.0 GT/s"
        case .laneMargining: "Lane Margining at the Receiver"
        case .hierarchyID: "Hierarchy ID"
        case .enclosureManagement: "Native PCIe Enclosure Management"
        case .physicalLayer32: "Physical Layer 32.0 GT/s"
        case .alternateProtocol: "Alternate Protocol"
        case .systemFirmwareIntermediary: "System Firmware Intermediary"
        case .shadowFunctions: "Shadow Functions"
        case .dataObjectExchange: "Data Object Exchange"
        case .device3: "Device 3"
        case .integrityAndDataEncryption: "Integrity and Data Encryption"
        case .physicalLayer64: "Physical Layer 64.0 GT/s"
        case .flitLogging: "Flit Logging"
        case .flitPerformanceMeasurement: "Flit Performance Measurement"
        case .flitErrorInjection: "Flit Error Injection"
        }
    }

    /// The ID whose setpci name is `name` (case-insensitive, as setpci compares).
    public init?(setpciName name: String) {
        guard let found = Self.allCases.first(where: { $0.setpciName?.lowercased() == (name).lowercased() }) else { return nil }
        self = found
    }
}
