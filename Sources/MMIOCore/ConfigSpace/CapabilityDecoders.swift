/// Which decoder handles which capability ID (PCI Code and ID Assignment 1.11 §2, §3). IDs
/// without a decoder are listed by `NamedCapabilityDecoder` with their name only.
public enum CapabilityDecoders {
    public static func decoder(for id: UInt16, space: DecodedCapability.Space) -> (any CapabilityDecoder.Type)? {
        switch space {
        case .standard:
            guard id <= 0xff, let known = StandardCapabilityID(rawValue: UInt8(id)) else { return nil }
            return decoder(for: known)
        case .extended:
            return ExtendedCapabilityID(rawValue: id).flatMap(decoder(for:))
        }
    }

    /// The decoder of a standard capability (nil: listed by name only).
    public static func decoder(for id: StandardCapabilityID) -> (any CapabilityDecoder.Type)? {
        switch id {
        case .powerManagement: PowerManagementDecoder.self
        case .vitalProductData: VitalProductDataDecoder.self
        case .slotIdentification: SlotIdentificationDecoder.self
        case .msi: MSIDecoder.self
        case .pciX: PCIXDecoder.self
        case .hyperTransport: HyperTransportDecoder.self
        case .vendorSpecific: VendorSpecificDecoder.self
        case .debugPort: DebugPortDecoder.self
        case .bridgeSubsystemVendorID: BridgeSubsystemDecoder.self
        case .express: PCIExpressDecoder.self
        case .msiX: MSIXDecoder.self
        case .sata: SATADecoder.self
        case .advancedFeatures: AdvancedFeaturesDecoder.self
        case .enhancedAllocation: EnhancedAllocationDecoder.self
        case .agp, .compactPCIHotSwap, .compactPCICentralResourceControl, .hotPlug, .agp8x, .secureDevice,
             .flatteningPortalBridge: nil
        }
    }

    /// The decoder of an extended capability (nil: listed by name only).
    public static func decoder(for id: ExtendedCapabilityID) -> (any CapabilityDecoder.Type)? {
        switch id {
        case .advancedErrorReporting: AERDecoder.self
        case .virtualChannel, .multiFunctionVirtualChannel, .virtualChannel9: VirtualChannelDecoder.self
        case .deviceSerialNumber: DeviceSerialNumberDecoder.self
        case .powerBudgeting: PowerBudgetingDecoder.self
        case .rootComplexLink: RootComplexLinkDecoder.self
        case .rootComplexEventCollector: EventCollectorAssociationDecoder.self
        case .vendorSpecific: VendorSpecificExtendedDecoder.self
        case .accessControlServices: AccessControlServicesDecoder.self
        case .alternativeRoutingID: ARIDecoder.self
        case .addressTranslation: ATSDecoder.self
        case .singleRootIOV: SRIOVDecoder.self
        case .multicast: MulticastDecoder.self
        case .pageRequest: PageRequestDecoder.self
        case .resizableBAR, .vfResizableBAR: ResizableBARDecoder.self
        case .tphRequester: TPHRequesterDecoder.self
        case .latencyTolerance: LatencyToleranceDecoder.self
        case .secondaryPCIe: SecondaryPCIeDecoder.self
        case .pasid: PASIDDecoder.self
        case .downstreamPortContainment: DownstreamPortContainmentDecoder.self
        case .l1PMSubstates: L1PMSubstatesDecoder.self
        case .precisionTime: PrecisionTimeDecoder.self
        case .designatedVendorSpecific: DesignatedVendorDecoder.self
        case .dataLinkFeature: DataLinkFeatureDecoder.self
        case .physicalLayer16: PhysicalLayer16Decoder.self
        case .laneMargining: LaneMarginingDecoder.self
        case .physicalLayer32: PhysicalLayer32Decoder.self
        case .dataObjectExchange: DataObjectExchangeDecoder.self
        case .rootComplexInternalLink, .rootComplexRegisterBlock, .configurationAccessCorrelation, .multiRootIOV,
             .dynamicPowerAllocation, .protocolMultiplexing, .lnRequester, .mPCIe, .frsQueueing, .readinessTimeReporting,
             .hierarchyID, .enclosureManagement, .alternateProtocol, .systemFirmwareIntermediary, .shadowFunctions,
             .device3, .integrityAndDataEncryption, .physicalLayer64, .flitLogging,
             .flitPerformanceMeasurement, .flitErrorInjection: nil
        }
    }

    public static func decode(_ entry: CapabilityChain.Entry, space: DecodedCapability.Space, in context: DecodeContext) -> DecodedCapability {
        if let decoder = decoder(for: entry.id, space: space) { return decoder.decode(entry, in: context) }
        return NamedCapabilityDecoder.decode(entry, space: space)
    }
}
