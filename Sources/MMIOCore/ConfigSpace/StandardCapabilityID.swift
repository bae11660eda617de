/// Standard (8-bit) capability IDs, PCI Code and ID Assignment Specification 1.11 §2, with
/// the names `setpci --dumpregs` (pciutils 3.9) gives them for `CAP_…` targets.
public enum StandardCapabilityID: UInt8, Sendable, CaseIterable {
    case powerManagement = 0x01
    case agp = 0x02
    case vitalProductData = 0x03
    case slotIdentification = 0x04
    case msi = 0x05
    case compactPCIHotSwap = 0x06
    case pciX = 0x07
    case hyperTransport = 0x08
    case vendorSpecific = 0x09
    case debugPort = 0x0a
    case compactPCICentralResourceControl = 0x0b
    case hotPlug = 0x0c
    case bridgeSubsystemVendorID = 0x0d
    case agp8x = 0x0e
    case secureDevice = 0x0f
    case express = 0x10
    case msiX = 0x11
    case sata = 0x12
    case advancedFeatures = 0x13
    case enhancedAllocation = 0x14
    case flatteningPortalBridge = 0x15

    /// setpci's name (`CAP_PM`), nil where setpci 3.9 has none (reach it as `CAP15`).
    public var setpciName: String? {
        switch self {
        case .powerManagement: "CAP_PM"
        case .agp: "CAP_AGP"
        case .vitalProductData: "CAP_VPD"
        case .slotIdentification: "CAP_SLOTID"
        case .msi: "CAP_MSI"
        case .compactPCIHotSwap: "CAP_CHSWP"
        case .pciX: "CAP_PCIX"
        case .hyperTransport: "CAP_HT"
        case .vendorSpecific: "CAP_VNDR"
        case .debugPort: "CAP_DBG"
        case .compactPCICentralResourceControl: "CAP_CCRC"
        case .hotPlug: "CAP_HOTPLUG"
        case .bridgeSubsystemVendorID: "CAP_SSVID"
        case .agp8x: "CAP_AGP3"
        case .secureDevice: "CAP_SECURE"
        case .express: "CAP_EXP"
        case .msiX: "CAP_MSIX"
        case .sata: "CAP_SATA"
        case .advancedFeatures: "CAP_AF"
        case .enhancedAllocation: "CAP_EA"
        case .flatteningPortalBridge: nil
        }
    }

    /// lspci's title for the capability (PCI Code and ID Assignment 1.11 §2 names, in the words
    /// lspci prints: `Subsystem`, `Hot-plug capable`).
    public var title: String {
        switch self {
        case .powerManagement: "Power Management"
        case .agp: "AGP"
        case .vitalProductData: "Vital Product Data"
        case .slotIdentification: "Slot Identification"
        case .msi: "MSI"
        case .compactPCIHotSwap: "CompactPCI Hot Swap"
        case .pciX: "PCI-X"
        case .hyperTransport: "HyperTransport"
        case .vendorSpecific: "Vendor Specific Information"
        case .debugPort: "Debug port"
        case .compactPCICentralResourceControl: "CompactPCI Central Resource Control"
        case .hotPlug: "Hot-plug capable"  // lspci's title for the PCI Standard Hot-Plug Controller capability (SHPC 1.0 §4.2)
        case .bridgeSubsystemVendorID: "Subsystem"
        case .agp8x: "AGP 8x"
        case .secureDevice: "Secure Device"
        case .express: "Express"
        case .msiX: "MSI-X"
        case .sata: "SATA HBA"
        case .advancedFeatures: "PCI Advanced Features"
        case .enhancedAllocation: "Enhanced Allocation"
        case .flatteningPortalBridge: "Flattening Portal Bridge"
        }
    }

    /// The ID whose setpci name is `name` (case-insensitive, as setpci compares).
    public init?(setpciName name: String) {
        guard let found = Self.allCases.first(where: { $0.setpciName?.lowercased() == (name).lowercased() }) else { return nil }
        self = found
    }
}
