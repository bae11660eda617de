/// Everything sysfs tells about one PCI function (`/sys/bus/pci/devices/<address>/`,
/// Documentation/ABI/testing/sysfs-bus-pci), plus its config space as far as readable.
public struct PCIFunction: Sendable, Equatable {
    public var address: PCIAddress
    public var vendorID: UInt16
    public var deviceID: UInt16
    /// 24-bit class code: base class, subclass, programming interface (sysfs `class`).
    public var classCode: UInt32
    public var revision: UInt8
    public var subsystemVendorID: UInt16?
    public var subsystemDeviceID: UInt16?
    public var irq: Int?
    /// -1 means no NUMA affinity, as the kernel prints it.
    public var numaNode: Int?
    /// Bound driver (basename of the `driver` link), nil when none.
    public var driver: String?
    /// IOMMU group number (basename of the `iommu_group` link), when present.
    public var iommuGroup: String?
    /// Lines of `resource`: BARs 0–5, ROM 6, then bridge windows / SR-IOV BARs.
    public var resources: [BAR]
    /// Names of `resourceN`/`resourceN_wc` files present, with their sizes.
    public var resourceFiles: [String: UInt64]
    /// Why `resource` gave no lines although it is there: not text (a NUL byte or bytes
    /// that are not UTF-8, with its line and column), as every text file is checked.
    public var resourceProblem: FileAccessError?
    /// Path of the function's real sysfs directory on the machine
    /// (e.g. `/sys/devices/pci0000:00/0000:00:08.0/0000:01:00.0`).
    public var sysfsPath: String
    /// The bridge function this one sits behind, from the sysfs link target.
    public var parent: PCIAddress?
    /// The host bridge directory name this function descends from, e.g. `pci0000:00`.
    public var hostBridge: String
    public var config: ConfigSpace
    public var currentLinkSpeed: String?
    public var currentLinkWidth: String?
    public var maxLinkSpeed: String?
    public var maxLinkWidth: String?

    public init(address: PCIAddress, vendorID: UInt16, deviceID: UInt16, classCode: UInt32,
                revision: UInt8 = 0, subsystemVendorID: UInt16? = nil, subsystemDeviceID: UInt16? = nil,
                irq: Int? = nil, numaNode: Int? = nil, driver: String? = nil, iommuGroup: String? = nil,
                resources: [BAR] = [], resourceFiles: [String: UInt64] = [:], sysfsPath: String = "",
                parent: PCIAddress? = nil, hostBridge: String = "", config: ConfigSpace = ConfigSpace(bytes: []),
                currentLinkSpeed: String? = nil, currentLinkWidth: String? = nil,
                maxLinkSpeed: String? = nil, maxLinkWidth: String? = nil) {
        self.address = address
        self.vendorID = vendorID
        self.deviceID = deviceID
        self.classCode = classCode
        self.revision = revision
        self.subsystemVendorID = subsystemVendorID
        self.subsystemDeviceID = subsystemDeviceID
        self.irq = irq
        self.numaNode = numaNode
        self.driver = driver
        self.iommuGroup = iommuGroup
        self.resources = resources
        self.resourceFiles = resourceFiles
        self.sysfsPath = sysfsPath
        self.parent = parent
        self.hostBridge = hostBridge
        self.config = config
        self.currentLinkSpeed = currentLinkSpeed
        self.currentLinkWidth = currentLinkWidth
        self.maxLinkSpeed = maxLinkSpeed
        self.maxLinkWidth = maxLinkWidth
    }

    public var baseClass: UInt8 { UInt8(truncatingIfNeeded: classCode >> 16) }
    public var subClass: UInt8 { UInt8(truncatingIfNeeded: classCode >> 8) }
    public var progIF: UInt8 { UInt8(truncatingIfNeeded: classCode) }

    /// PCI-to-PCI bridge (class 06:04) or a header type 1 function.
    public var isBridge: Bool {
        (baseClass == 0x06 && subClass == 0x04) || config.header == .pciBridge
    }

    /// The six BARs (lines 0–5 of `resource`), used or not.
    public var bars: [BAR] { resources.filter { $0.index < 6 } }

    public var rom: BAR? { resources.first { $0.index == 6 && $0.isUsed } }

    /// Secondary and subordinate bus numbers of a bridge (config 0x19/0x1a), when readable.
    public var secondaryBus: UInt8? { isBridge ? config.u8(0x19) : nil }
    public var subordinateBus: UInt8? { isBridge ? config.u8(0x1a) : nil }

    /// Whether `resource<index>` exists as a file (mappable through sysfs).
    public func hasResourceFile(_ index: Int) -> Bool {
        resourceFiles["resource\(index)"] != nil
    }
}
