/// Reads every PCI function from sysfs under a machine root.
///
/// `/sys/bus/pci/devices/<address>` is a symlink to the function's real directory,
/// e.g. `../../../devices/pci0000:00/0000:00:08.0/0000:01:00.0`; the path components
/// between the host bridge (`pci0000:00`) and the function name the bridges above it,
/// which is how the topology is recovered (the same way `lspci -t` does it from sysfs).
public struct PCIEnumerator: Sendable {
    public let root: MachineRoot
    public static let devicesDirectory = "/sys/bus/pci/devices"

    public init(root: MachineRoot) { self.root = root }

    /// All functions, sorted by address. Entries that are not valid addresses are ignored.
    public func functions() -> [PCIFunction] {
        guard let devices = try? root.directory(Self.devicesDirectory) else { return [] }
        return devices.names
            .compactMap { PCIAddress(parsing: $0) }
            .sorted()
            .compactMap { function(at: $0, devices: devices) }
    }

    /// One function, or nil when its sysfs directory does not exist (or cannot be opened
    /// inside the root).
    public func function(at address: PCIAddress) -> PCIFunction? {
        function(at: address, devices: try? root.directory(Self.devicesDirectory))
    }

    private func function(at address: PCIAddress, devices: MachineDirectory?) -> PCIFunction? {
        let busEntry = Self.devicesDirectory + "/" + address.description
        let realPath: String
        if let link = devices?.linkTarget(address.description) ?? root.linkTarget(busEntry) {
            realPath = Self.resolve(link, relativeTo: Self.devicesDirectory)
        } else {
            realPath = busEntry
        }
        let dir = realPath
        // One directory listing decides which attribute files to open (no failing opens);
        // the directory is opened inside the root, so a link leading out finds nothing.
        guard let entries = try? root.directory(dir), !entries.names.isEmpty else { return nil }
        func bytes(_ name: String, as role: FileRole = .attribute) -> [UInt8]? {
            entries.contains(name) ? try? entries.read(name, role: role) : nil
        }
        func text(_ name: String) -> String? {
            bytes(name).map { String(decoding: $0, as: UTF8.self).trimmingWhitespace() }
        }
        func number(_ name: String) -> UInt64? { bytes(name).flatMap(AttributeNumber.hex) }
        func decimal(_ name: String) -> Int? { bytes(name).flatMap(AttributeNumber.decimal) }

        let config = ConfigSpace(bytes: bytes("config", as: .configSpace) ?? [])
        let resources = text("resource").map { BAR.parseResourceFile($0) } ?? []
        var files: [String: UInt64] = [:]
        for name in entries.names where name.hasPrefix("resource") && name != "resource" {
            files[name] = (try? entries.status(name))?.size ?? 0
        }
        let components = realPath.split(separator: "/")
        let chain = components.compactMap { PCIAddress(parsing: $0) }
        let parent = chain.count >= 2 ? chain[chain.count - 2] : nil
        let host = components.first { $0.hasPrefix("pci") && $0.contains(":") }.map(String.init) ?? ""
        let driver = entries.contains("driver") ? entries.linkTarget("driver").map { String($0.split(separator: "/").last ?? "") } : nil
        let iommu = entries.contains("iommu_group") ? entries.linkTarget("iommu_group").map { String($0.split(separator: "/").last ?? "") } : nil

        return PCIFunction(
            address: address,
            vendorID: UInt16(truncatingIfNeeded: number("vendor") ?? UInt64(config.vendorID ?? 0xffff)),
            deviceID: UInt16(truncatingIfNeeded: number("device") ?? UInt64(config.deviceID ?? 0xffff)),
            classCode: UInt32(truncatingIfNeeded: number("class") ?? UInt64(config.u32(0x08).map { $0 >> 8 } ?? 0)),
            // The kernel's `revision` attribute is config byte 0x08; read the file only when
            // config space could not be read.
            revision: config.u8(0x08) ?? UInt8(truncatingIfNeeded: number("revision") ?? 0),
            subsystemVendorID: number("subsystem_vendor").map { UInt16(truncatingIfNeeded: $0) },
            subsystemDeviceID: number("subsystem_device").map { UInt16(truncatingIfNeeded: $0) },
            irq: decimal("irq"),
            numaNode: decimal("numa_node"),
            driver: driver,
            iommuGroup: iommu,
            resources: resources,
            resourceFiles: files,
            sysfsPath: dir,
            parent: parent,
            hostBridge: host,
            config: config,
            currentLinkSpeed: text("current_link_speed"),
            currentLinkWidth: text("current_link_width"),
            maxLinkSpeed: text("max_link_speed"),
            maxLinkWidth: text("max_link_width")
        )
    }

    /// Resolves a relative symlink target against the directory holding the link,
    /// purely textually (so it never leaves the machine root).
    static func resolve(_ link: String, relativeTo base: String) -> String {
        var parts = link.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for part in link.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and newlines.
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
