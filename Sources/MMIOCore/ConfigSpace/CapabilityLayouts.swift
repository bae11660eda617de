/// Which capabilities are described as data (`ConfigRegisterLayout`), and their registers
/// for one function: the PCI Express, Power Management, MSI and MSI-X capabilities, AER,
/// Virtual Channel (and MFVC), Root Complex Link, Data Object Exchange, HyperTransport, the
/// virtio structure, and the extended capabilities `registers(extended:)` lists (SR-IOV, Multicast, PRI, PASID, PTM,
/// Resizable BAR, TPH, DVSEC/VSEC headers, Data Link Feature, 16/32 GT/s, Lane Margining,
/// Secondary PCIe, Power Budgeting);
/// VPD, Slot ID, PCI-X, Vendor Specific, Debug port, Bridge subsystem, SATA, Advanced
/// Features, Enhanced Allocation, ACS, ARI, ATS, Device Serial Number, DPC, LTR, L1 PM Substates and RCEC Endpoint Association.
/// Other capabilities are reached by offset (`CAP_VNDR+4.l`) without field names.
public enum CapabilityLayouts {
    /// The registers of the capability `id` at `base` in `config`, for a function of PCI
    /// Express port type `portType` (nil: not PCI Express); empty when not described.
    public static func registers(standard id: UInt8, base: Int, in config: ConfigSpace, portType: ExpressPortType?) -> [ConfigRegisterLayout] {
        let all: [ConfigRegisterLayout]
        switch StandardCapabilityID(rawValue: id) {
        case .express?: all = ExpressCapabilityLayout.registers
        case .powerManagement?: all = PowerManagementLayout.registers
        case .msi?: all = MSILayout.msi(control: config.value(at: base + 2, width: 2))
        case .msiX?: all = MSILayout.msiX
        case .hyperTransport?: all = HyperTransportLayout.registers(base: base, in: config)
        case .vendorSpecific?:
            // The virtio structure (virtio 1.2 §4.1.4) when the function is a virtio device.
            if config.vendorID == 0x1af4, let length = config.value(at: base + 2, width: 1), length >= 16,
               let type = config.value(at: base + 3, width: 1) {
                all = VirtioCapabilityLayout.registers(type: type)
            } else {
                all = VendorSpecificLayout.registers
            }
        case .vitalProductData?: all = VitalProductDataLayout.registers
        case .slotIdentification?: all = SlotIdentificationLayout.registers
        case .pciX?: all = PCIXLayout.registers(header: config.header)
        case .debugPort?: all = DebugPortLayout.registers
        case .bridgeSubsystemVendorID?: all = BridgeSubsystemLayout.registers
        case .sata?: all = SATALayout.registers
        case .advancedFeatures?: all = AdvancedFeaturesLayout.registers
        case .enhancedAllocation?: all = EnhancedAllocationLayout.registers(base: base, in: config)
        default: all = []
        }
        return all.filter { $0.applies(to: portType) }
    }

    public static func registers(extended id: UInt16, base: Int, in config: ConfigSpace, portType: ExpressPortType?) -> [ConfigRegisterLayout] {
        switch ExtendedCapabilityID(rawValue: id) {
        case .advancedErrorReporting?: AERLayout.registers.filter { $0.applies(to: portType) }
        case .virtualChannel?, .virtualChannel9?, .multiFunctionVirtualChannel?: VirtualChannelLayout.registers(base: base, in: config)
        case .rootComplexLink?: RootComplexLinkLayout.registers(base: base, in: config)
        case .dataObjectExchange?: DataObjectExchangeLayout.registers(base: base, in: config)
        case .singleRootIOV?: SRIOVLayout.registers(base: base, in: config)
        case .multicast?: MulticastLayout.registers
        case .pageRequest?: PageRequestLayout.registers
        case .resizableBAR?, .vfResizableBAR?: ResizableBARLayout.registers(base: base, in: config)
        case .tphRequester?: TPHRequesterLayout.registers(base: base, in: config)
        case .pasid?: PASIDLayout.registers
        case .precisionTime?: PrecisionTimeLayout.registers
        case .designatedVendorSpecific?: DesignatedVendorLayout.registers
        case .vendorSpecific?: VendorSpecificExtendedLayout.registers
        case .dataLinkFeature?: DataLinkFeatureLayout.registers
        case .physicalLayer16?: PhysicalLayer16Layout.registers(in: config)
        case .laneMargining?: LaneMarginingLayout.registers(in: config)
        case .physicalLayer32?: PhysicalLayer32Layout.registers(in: config)
        case .accessControlServices?: AccessControlServicesLayout.registers
        case .alternativeRoutingID?: ARILayout.registers
        case .addressTranslation?: ATSLayout.registers
        case .deviceSerialNumber?: DeviceSerialNumberLayout.registers
        case .downstreamPortContainment?: DownstreamPortContainmentLayout.registers
        case .latencyTolerance?: LatencyToleranceLayout.registers
        case .l1PMSubstates?: L1PMSubstatesLayout.registers
        case .rootComplexEventCollector?: EventCollectorAssociationLayout.registers(version: config.value(at: base, width: 4).map { UInt8(($0 >> 16) & 0xf) } ?? 1)
        case .secondaryPCIe?: SecondaryPCIeLayout.registers(in: config)
        case .powerBudgeting?: PowerBudgetingLayout.registers
        default: []
        }
    }
}
