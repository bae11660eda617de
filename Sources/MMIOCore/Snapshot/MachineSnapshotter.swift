#if canImport(Glibc)
import Glibc
#endif

/// Captures a machine into a directory laid out like `/`, the same layout `--root` reads:
///
/// ```
/// DIR/proc/iomem, DIR/proc/ioports
/// DIR/sys/devices/pci0000:00/.../<bdf>/{vendor,device,class,...,resource,config}
/// DIR/sys/bus/pci/devices/<bdf> -> ../../../devices/pci0000:00/.../<bdf>
/// DIR/sys/devices/.../<bdf>/driver -> ../../../bus/pci/drivers/<name>
/// DIR/sys/devices/.../<bdf>/resourceN   sparse file of the BAR's size (contents only with --with-bars)
/// DIR/hwx-snapshot.txt                  when, from where, which kernel
/// ```
/// It only reads `/proc` and sysfs attribute files from an allow-list (never `rom`,
/// `reset` or `remove`), and never touches BAR contents unless asked for specific BARs.
public struct MachineSnapshotter: Sendable {
    public struct Report: Sendable, Equatable {
        public var functions = 0
        public var files = 0
        public var barsCopied = 0
        public var warnings: [String] = []
    }

    /// sysfs attributes copied per function (Documentation/ABI/testing/sysfs-bus-pci).
    public static let attributes = [
        "vendor", "device", "class", "subsystem_vendor", "subsystem_device", "revision", "irq",
        "resource", "config", "enable", "numa_node", "modalias", "local_cpulist",
        "current_link_speed", "current_link_width", "max_link_speed", "max_link_width",
        "secondary_bus_number", "subordinate_bus_number", "power_state", "d3cold_allowed",
        "boot_vga", "driver_override", "label", "index", "ari_enabled", "msi_bus",
    ]

    public let machine: Machine

    public init(machine: Machine) { self.machine = machine }

    public func write(to directory: String, withBars: [(PCIAddress, Int)] = [], time: Double) throws(AccessError) -> Report {
        var report = Report()
        func fail(_ what: String, _ e: SystemError) -> AccessError {
            AccessError(.systemError, operation: what, path: directory, errno: e, fix: .chooseWritableDirectory(path: directory))
        }
        func fail(_ e: FileAccessError) -> AccessError {
            AccessError(.systemError, operation: e.summary, path: e.path, errno: e.errno, fix: .chooseWritableDirectory(path: directory))
        }
        if let e = FileIO.makeDirectories(directory) { throw fail("create \(directory)", e) }
        // The capture is written through its own root: nothing lands outside it.
        let out = MachineRoot(directory)
        func makeParent(_ relative: String) throws(AccessError) {
            let path = out.path(relative)
            if let e = FileIO.makeDirectories(String(path[..<path.lastIndex(of: "/")!])) { throw fail("create \(path)", e) }
        }
        func create(_ relative: String, permissions: UInt32 = 0o644) throws(AccessError) -> FileDescriptor {
            try makeParent(relative)
            do {
                return try out.open(relative, role: .output, mode: .create(permissions: permissions))
            } catch {
                throw fail(error)
            }
        }
        func put(_ relative: String, _ bytes: [UInt8]) throws(AccessError) {
            let fd = try create(relative)
            defer { fd.close() }
            if let e = fd.writeAll(bytes) { throw fail("write \(out.path(relative))", e) }
            report.files += 1
        }
        func link(_ relative: String, to target: String) throws(AccessError) {
            try makeParent(relative)
            let path = out.path(relative)
            if symlink(target, path) != 0 && errno != EEXIST { throw fail("symlink \(path)", SystemError(errno)) }
        }
        /// A file of the source machine; a missing one is skipped, any other failure noted.
        func source(_ read: () throws(FileAccessError) -> [UInt8]) -> [UInt8]? {
            do {
                return try read()
            } catch {
                if error.errno?.code != ENOENT { report.warnings.append("\(error.summary); not captured") }
                return nil
            }
        }

        for name in ["/proc/iomem", "/proc/ioports"] {
            if let bytes = source({ () throws(FileAccessError) in try machine.root.read(name, role: .procText) }) {
                try put(name, bytes)
            } else if !report.warnings.contains(where: { $0.contains(name) }) {
                report.warnings.append("cannot read \(machine.root.path(name)); not captured")
            }
        }
        if let e = FileIO.makeDirectories(out.path(PCIEnumerator.devicesDirectory)) { throw fail("create devices directory", e) }
        for function in machine.functions {
            report.functions += 1
            let dir = function.sysfsPath
            let attributes: MachineDirectory?
            do {
                attributes = try machine.root.directory(dir)
            } catch {
                report.warnings.append("\(error.summary); not captured")
                attributes = nil
            }
            for attribute in Self.attributes where attributes?.contains(attribute) ?? false {
                let role: FileRole = attribute == "config" ? .configSpace : .attribute
                if let bytes = source({ () throws(FileAccessError) in try attributes!.read(attribute, role: role) }) {
                    try put(dir + "/" + attribute, bytes)
                }
            }
            try link(PCIEnumerator.devicesDirectory + "/" + function.address.description,
                     to: Self.relativePath(from: PCIEnumerator.devicesDirectory, to: dir))
            if let driver = function.driver {
                let driverDir = "/sys/bus/pci/drivers/" + driver
                if let e = FileIO.makeDirectories(out.path(driverDir)) { throw fail("create \(driverDir)", e) }
                try link(dir + "/driver", to: Self.relativePath(from: dir, to: driverDir))
                try link(driverDir + "/" + function.address.description, to: Self.relativePath(from: driverDir, to: dir))
            }
            if let group = function.iommuGroup {
                let groupDir = "/sys/kernel/iommu_groups/" + group
                if let e = FileIO.makeDirectories(out.path(groupDir + "/devices")) { throw fail("create \(groupDir)", e) }
                try link(dir + "/iommu_group", to: Self.relativePath(from: dir, to: groupDir))
            }
            for (name, size) in function.resourceFiles.sorted(by: { $0.key < $1.key }) {
                let fd = try create(dir + "/" + name, permissions: 0o600)
                defer { fd.close() }
                if let e = fd.truncate(to: size) { throw fail("size \(out.path(dir + "/" + name))", e) }
                report.files += 1
            }
        }
        for (address, index) in withBars {
            try copyBAR(address, index, into: out, report: &report)
        }
        let kernel = machine.root.readText("/proc/sys/kernel/osrelease")?.trimmingWhitespace() ?? "unknown"
        let info = """
        # hwx snapshot: a machine root for `hwx --root \(Self.shellWord(Self.absolute(directory)))`
        time: \(WriteJournal.iso8601(time))
        source: \(machine.root.isLive ? "/" : machine.root.directory)
        kernel: \(kernel)
        functions: \(report.functions)
        bars_copied: \(withBars.map { "\($0.0)/bar\($0.1)" }.joined(separator: " "))

        """
        try put("/hwx-snapshot.txt", Array(info.utf8))
        return report
    }

    /// Copies one BAR's contents word by word (32-bit volatile reads through the resolver).
    private func copyBAR(_ address: PCIAddress, _ index: Int, into out: MachineRoot, report: inout Report) throws(AccessError) {
        let resolved = try TargetResolver(machine: machine, writable: false).open(.bar(address, index: index, offset: 0))
        let space = resolved.space
        guard let function = machine.function(address) else { return }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(space.length))
        var offset: UInt64 = 0
        let width: AccessWidth = space.supportedWidths.contains(.bits32) ? .bits32 : .bits8
        while offset + UInt64(width.bytes) <= space.length {
            let value = try space.read(at: offset, width: width)
            for i in 0..<width.bytes { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
            offset += UInt64(width.bytes)
        }
        let relative = function.sysfsPath + "/resource\(index)"
        let fd: FileDescriptor
        do {
            fd = try out.open(relative, role: .output, mode: .create(permissions: 0o600))
        } catch {
            throw AccessError(.systemError, operation: error.summary, path: error.path, errno: error.errno)
        }
        defer { fd.close() }
        if let e = fd.writeAll(bytes) {
            throw AccessError(.systemError, operation: "write \(out.path(relative))", path: out.path(relative), errno: e)
        }
        report.barsCopied += 1
    }

    /// `path` from the current directory when it is relative, so the info file's command
    /// works from anywhere.
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return (cwd == "/" ? "" : cwd) + "/" + relative
    }

    /// `word` as one POSIX shell word (XCU §2.2.3 single quotes): as is when it holds only
    /// characters no shell treats specially, else in single quotes with `'` written `'\''`.
    static func shellWord(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { s in
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || "/._-+,:@%=".unicodeScalars.contains(s)
        }
        return plain ? word : "'" + word.replacing("'", with: "'\\''") + "'"
    }

    /// Relative symlink target from directory `from` to path `to` (both absolute).
    public static func relativePath(from: String, to: String) -> String {
        let a = from.split(separator: "/"), b = to.split(separator: "/")
        var common = 0
        while common < a.count && common < b.count && a[common] == b[common] { common += 1 }
        let ups = Array(repeating: "..", count: a.count - common)
        return (ups + b[common...].map(String.init)).joined(separator: "/")
    }
}
