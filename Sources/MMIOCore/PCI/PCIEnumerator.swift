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
    /// `detail` says how much of each is read (`.summary`: what `hwx list pci` prints).
    public func functions(detail: PCIDetail = .full) -> [PCIFunction] {
        guard let devices = try? root.directory(Self.devicesDirectory) else { return [] }
        let addresses = devices.names.compactMap { PCIAddress(parsing: $0) }.sorted()
        // Sized once: growing by doubling would copy (and briefly hold twice) every function.
        var out: [PCIFunction] = []
        out.reserveCapacity(addresses.count)
        switch detail {
        case .full:
            for a in addresses { if let f = function(at: a, devices: devices) { out.append(f) } }
        case .summary:
            withUnsafeTemporaryAllocation(byteCount: Self.headerBytes, alignment: 8) { buffer in
                for a in addresses { if let f = summary(at: a, devices: devices, buffer: buffer) { out.append(f) } }
            }
        }
        return out
    }

    /// One function, or nil when its sysfs directory does not exist (or cannot be opened
    /// inside the root).
    public func function(at address: PCIAddress) -> PCIFunction? {
        // The one link is read by path: listing the devices directory would cost as much
        // as thousands of functions' links.
        function(at: address, devices: nil)
    }

    /// Where a function's directory is and what its path says about the topology.
    struct Location {
        /// The real directory, e.g. `/sys/devices/pci0000:00/0000:00:1c.0/0000:01:00.0`.
        var path: String
        /// The bridge above (the second-last address on the path).
        var parent: PCIAddress?
        /// The host bridge directory (`pci0000:00`).
        var hostBridge: String
    }

    private func location(of address: PCIAddress, devices: MachineDirectory?) -> Location {
        let name = address.description
        let path: String
        if let link = devices?.linkTarget(name) ?? root.linkTarget(Self.devicesDirectory + "/" + name) {
            path = Self.resolve(link, relativeTo: Self.devicesDirectory)
        } else {
            path = Self.devicesDirectory + "/" + name
        }
        var last: PCIAddress?, parent: PCIAddress?
        var host: Substring?
        for component in path.split(separator: "/") {
            if host == nil, component.hasPrefix("pci"), component.utf8.contains(UInt8(ascii: ":")) { host = component }
            if let a = PCIAddress(parsing: component) {
                parent = last
                last = a
            }
        }
        return Location(path: path, parent: parent, hostBridge: host.map(String.init) ?? "")
    }

    /// Bytes of `config` a summary reads: the type 0/1 header (PCI Local Bus 3.0 §6.1),
    /// what any user may read of sysfs `config`.
    static let headerBytes = 64

    /// A function as `.summary` reads it: one `pread` of the first 64 bytes of `config`
    /// gives vendor, device, revision, class (offsets 0x00–0x0b) and header type (0x0e),
    /// a type 0 header's subsystem IDs (0x2c–0x2f), a bridge's bus numbers (0x19–0x1a);
    /// `readlinkat` of `driver` gives the driver.
    ///
    /// The kernel's `vendor`, `device`, `class` and `revision` attributes
    /// (Documentation/ABI/testing/sysfs-bus-pci) are the values it read from config space
    /// when it found the function, so both agree, with two exceptions handled here: a
    /// function that does not answer now (powered off in D3cold, link down, surprise
    /// removal) reads as all ones (0xffff vendor, PCIe Base 6.0 §2.3.2), and a `config`
    /// shorter than the 16 bytes needed (a truncated capture). Then the attribute files,
    /// the kernel's remembered values, are read instead. (A kernel class fixup, quirks.c
    /// `DECLARE_PCI_FIXUP_CLASS_*`, changes the `class` attribute but not config space;
    /// a summary shows the class the device reports, `--json` and `show` the attribute.)
    private func summary(at address: PCIAddress, devices: MachineDirectory, buffer: UnsafeMutableRawBufferPointer) -> PCIFunction? {
        let place = location(of: address, devices: devices)
        guard let dir = try? root.attributeDirectory(place.path) else { return nil }
        let n = dir.read("config", into: buffer, role: .configSpace) ?? 0
        let config = ConfigSpace(bytes: Array(UnsafeRawBufferPointer(rebasing: buffer[0..<n])))
        var vendor: UInt16, device: UInt16, classCode: UInt32, revision: UInt8
        var subsystem: (vendor: UInt16, device: UInt16)?
        if n >= 16, let v = config.vendorID, v != 0xffff {
            vendor = v
            device = config.deviceID ?? 0xffff
            classCode = (config.u32(0x08) ?? 0) >> 8
            revision = config.u8(0x08) ?? 0
            // A type 0 header has the subsystem IDs at 0x2c/0x2e (what the kernel's
            // subsystem_vendor/subsystem_device say); a bridge has them in a capability.
            if config.header == .endpoint, let sv = config.u16(0x2c), let sd = config.u16(0x2e) { subsystem = (sv, sd) }
        } else {
            func number(_ name: String) -> UInt64? { dir.bytes(name).flatMap(AttributeNumber.hex) }
            guard let v = number("vendor") else { return nil }
            vendor = UInt16(truncatingIfNeeded: v)
            device = UInt16(truncatingIfNeeded: number("device") ?? 0xffff)
            classCode = UInt32(truncatingIfNeeded: number("class") ?? 0)
            revision = UInt8(truncatingIfNeeded: number("revision") ?? 0)
        }
        return PCIFunction(
            address: address, vendorID: vendor, deviceID: device, classCode: classCode, revision: revision,
            subsystemVendorID: subsystem?.vendor, subsystemDeviceID: subsystem?.device,
            driver: dir.linkTarget("driver").map(Self.basename),
            sysfsPath: place.path, parent: place.parent, hostBridge: place.hostBridge, config: config)
    }

    private func function(at address: PCIAddress, devices: MachineDirectory?) -> PCIFunction? {
        let place = location(of: address, devices: devices)
        let dir = place.path
        // One directory listing decides which attribute files to open (no failing opens);
        // the directory is opened inside the root, so a link leading out finds nothing.
        guard let entries = try? root.directory(dir), !entries.names.isEmpty else { return nil }
        func bytes(_ name: String, as role: FileRole = .attribute) -> [UInt8]? {
            entries.contains(name) ? try? entries.read(name, role: role) : nil
        }
        func text(_ name: String) -> String? {
            bytes(name).map { String(decoding: AttributeNumber.trimmed($0), as: UTF8.self) }
        }
        func number(_ name: String) -> UInt64? { bytes(name).flatMap(AttributeNumber.hex) }
        func decimal(_ name: String) -> Int? { bytes(name).flatMap(AttributeNumber.decimal) }

        let config = ConfigSpace(bytes: bytes("config", as: .configSpace) ?? [])
        // `resource` is text like every other: checked (NUL, UTF-8) before its lines are read.
        var resources: [BAR] = []
        var resourceProblem: FileAccessError?
        if let raw = bytes("resource") {
            switch Self.resourceLines(raw, path: root.path(dir + "/resource"), root: root.directory) {
            case .success(let lines): resources = BAR.parseResourceFile(lines.text)
            case .failure(let e): resourceProblem = e
            }
        }
        var files: [String: UInt64] = [:]
        for name in entries.names where name.hasPrefix("resource") && name != "resource" {
            files[name] = (try? entries.status(name))?.size ?? 0
        }
        let driver = entries.contains("driver") ? entries.linkTarget("driver").map(Self.basename) : nil
        let iommu = entries.contains("iommu_group") ? entries.linkTarget("iommu_group").map(Self.basename) : nil

        var function = PCIFunction(
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
            parent: place.parent,
            hostBridge: place.hostBridge,
            config: config,
            currentLinkSpeed: text("current_link_speed"),
            currentLinkWidth: text("current_link_width"),
            maxLinkSpeed: text("max_link_speed"),
            maxLinkWidth: text("max_link_width")
        )
        function.resourceProblem = resourceProblem
        return function
    }

    /// The last component of a link target (`../../../bus/pci/drivers/nvme` → `nvme`).
    static func basename(_ link: String) -> String {
        link.split(separator: "/").last.map(String.init) ?? ""
    }

    /// A `resource` file's checked lines, or the error naming its line and column.
    static func resourceLines(_ raw: [UInt8], path: String, root: String) -> Result<TextLines, FileAccessError> {
        do {
            return .success(try TextLines(validating: raw, path: path, role: .attribute, root: root))
        } catch {
            return .failure(error)
        }
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
