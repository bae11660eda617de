/// Which decoder handles which capability ID (PCI Code and ID Assignment 1.11 §2, §3). IDs
/// without a decoder are listed by `NamedCapabilityDecoder` with their name only.
public enum CapabilityDecoders {
    public static func decoder(for id: UInt16, space: DecodedCapability.Space) -> (any CapabilityDecoder.Type)? {
        switch space {
        case .standard:
            switch id {
            case 0x01: PowerManagementDecoder.self
            case 0x03: VitalProductDataDecoder.self
            case 0x04: SlotIdentificationDecoder.self
            case 0x05: MSIDecoder.self
            case 0x07: PCIXDecoder.self
            case 0x08: HyperTransportDecoder.self
            case 0x09: VendorSpecificDecoder.self
            case 0x0a: DebugPortDecoder.self
            case 0x0d: BridgeSubsystemDecoder.self
            case 0x10: PCIExpressDecoder.self
            case 0x11: MSIXDecoder.self
            case 0x12: SATADecoder.self
            case 0x13: AdvancedFeaturesDecoder.self
            case 0x14: EnhancedAllocationDecoder.self
            default: nil
            }
        case .extended:
            switch id {
            case 0x01: AERDecoder.self
            case 0x02, 0x08, 0x09: VirtualChannelDecoder.self
            case 0x03: DeviceSerialNumberDecoder.self
            case 0x04: PowerBudgetingDecoder.self
            case 0x05: RootComplexLinkDecoder.self
            case 0x07: EventCollectorAssociationDecoder.self
            case 0x0b: VendorSpecificExtendedDecoder.self
            case 0x0d: AccessControlServicesDecoder.self
            case 0x0e: ARIDecoder.self
            case 0x0f: ATSDecoder.self
            case 0x10: SRIOVDecoder.self
            case 0x12: MulticastDecoder.self
            case 0x13: PageRequestDecoder.self
            case 0x15, 0x24: ResizableBARDecoder.self
            case 0x17: TPHRequesterDecoder.self
            case 0x18: LatencyToleranceDecoder.self
            case 0x19: SecondaryPCIeDecoder.self
            case 0x1b: PASIDDecoder.self
            case 0x1d: DownstreamPortContainmentDecoder.self
            case 0x1e: L1PMSubstatesDecoder.self
            case 0x1f: PrecisionTimeDecoder.self
            case 0x23: DesignatedVendorDecoder.self
            case 0x25: DataLinkFeatureDecoder.self
            case 0x26: PhysicalLayer16Decoder.self
            case 0x27: LaneMarginingDecoder.self
            case 0x2a: PhysicalLayer32Decoder.self
            default: nil
            }
        }
    }

    public static func decode(_ entry: CapabilityChain.Entry, space: DecodedCapability.Space, in context: DecodeContext) -> DecodedCapability {
        if let decoder = decoder(for: entry.id, space: space) { return decoder.decode(entry, in: context) }
        return NamedCapabilityDecoder.decode(entry, space: space)
    }
}
