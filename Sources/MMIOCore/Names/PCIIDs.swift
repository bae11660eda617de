/// The PCI ID database (`pci.ids`, https://pci-ids.ucw.cz format): vendor, device and
/// subsystem names, and class/subclass/prog-if names.
///
/// Format: `VVVV  name` at column 0; `\tDDDD  name` devices under it; `\t\tSSSS SSSS  name`
/// subsystems under a device; `C CC  name` classes with `\tSS  name` subclasses and
/// `\t\tPP  name` programming interfaces; `#` comments. The file is parsed in one pass over
/// its bytes (about 36,000 lines in Debian's copy).
public struct PCIIDs: Sendable {
    public struct Device: Sendable {
        public var name: String
        /// Key: subsystem vendor << 16 | subsystem device.
        public var subsystems: [UInt32: String] = [:]
    }
    public struct Vendor: Sendable {
        public var name: String
        public var devices: [UInt16: Device] = [:]
    }
    public struct Subclass: Sendable {
        public var name: String
        public var progIFs: [UInt8: String] = [:]
    }
    public struct DeviceClass: Sendable {
        public var name: String
        public var subclasses: [UInt8: Subclass] = [:]
    }

    public private(set) var vendors: [UInt16: Vendor] = [:]
    public private(set) var classes: [UInt8: DeviceClass] = [:]
    /// The file the names came from, nil when none was found.
    public let source: String?

    /// Where Debian (`pci.ids` package) and Fedora/Arch (`hwdata`) keep the file.
    public static let standardLocations = ["/usr/share/misc/pci.ids", "/usr/share/hwdata/pci.ids", "/usr/share/pci.ids"]

    /// An empty database: every lookup answers nil and callers print numeric IDs.
    public init() { source = nil }

    /// - Parameter vendors: when given, only these vendors' devices are kept (the rest of
    ///   the file is skipped line by line without building names), which makes loading
    ///   for a machine's own functions cheap. Classes are always kept.
    public init(text: some StringProtocol, source: String? = nil, vendors: Set<UInt16>? = nil) {
        self.source = source
        parse(Array(text.utf8), vendors: vendors)
    }

    init(bytes: [UInt8], source: String, vendors: Set<UInt16>?) {
        self.source = source
        parse(bytes, vendors: vendors)
    }

    /// Loads `path`, or the first standard location that exists. A missing file gives an
    /// empty database (the caller shows one hint line), never an error.
    public static func load(path: String? = nil, vendors: Set<UInt16>? = nil) -> PCIIDs {
        let candidates = path.map { [$0] } ?? standardLocations
        for candidate in candidates {
            if let bytes = FileIO.readAll(candidate) {
                return PCIIDs(bytes: bytes, source: candidate, vendors: vendors)
            }
        }
        return PCIIDs()
    }

    /// When no names were loaded: what to do (the front ends word it as one hint line).
    public var missingFix: Fix? {
        source == nil ? .installPCIIDs(searched: Self.standardLocations) : nil
    }

    public func vendorName(_ vendor: UInt16) -> String? { vendors[vendor]?.name }

    public func deviceName(_ vendor: UInt16, _ device: UInt16) -> String? {
        vendors[vendor]?.devices[device]?.name
    }

    /// The subsystem's name as lspci finds it: the entry under the device, else, when the
    /// subsystem IDs are the device's own IDs (QEMU's virtio devices: 1af4:1045 / 1af4:1045),
    /// the device's name ("Virtio 1.0 memory balloon").
    public func subsystemName(_ vendor: UInt16, _ device: UInt16, subVendor: UInt16, subDevice: UInt16) -> String? {
        if let listed = vendors[vendor]?.devices[device]?.subsystems[UInt32(subVendor) << 16 | UInt32(subDevice)] { return listed }
        return vendor == subVendor && device == subDevice ? deviceName(vendor, device) : nil
    }

    public func className(_ base: UInt8) -> String? { classes[base]?.name }

    public func subclassName(_ base: UInt8, _ sub: UInt8) -> String? {
        classes[base]?.subclasses[sub]?.name
    }

    public func progIFName(_ base: UInt8, _ sub: UInt8, _ progIF: UInt8) -> String? {
        classes[base]?.subclasses[sub]?.progIFs[progIF]
    }

    /// The most specific class name: subclass name, else class name.
    public func classDescription(_ classCode: UInt32) -> String? {
        let base = UInt8(truncatingIfNeeded: classCode >> 16), sub = UInt8(truncatingIfNeeded: classCode >> 8)
        return subclassName(base, sub) ?? className(base)
    }

    private mutating func parse(_ bytes: [UInt8], vendors wanted: Set<UInt16>?) {
        var vendor: UInt16?
        var device: UInt16?
        var deviceClass: UInt8?
        var subclass: UInt8?
        var inClasses = false
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count && bytes[lineEnd] != 0x0a { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
            var tabs = 0
            while lineStart + tabs < lineEnd && bytes[lineStart + tabs] == 0x09 { tabs += 1 }
            let body = lineStart + tabs
            if tabs == 0 {
                if bytes[body] == UInt8(ascii: "C") && body + 1 < lineEnd && bytes[body + 1] == 0x20 {
                    inClasses = true
                    guard let id = Self.hexField(bytes, body + 2, 2, lineEnd) else { continue }
                    deviceClass = UInt8(id)
                    subclass = nil
                    classes[UInt8(id)] = DeviceClass(name: Self.name(bytes, body + 4, lineEnd))
                } else if let id = Self.hexField(bytes, body, 4, lineEnd) {
                    // `V` / `X` ... sections after the classes are other lists (not vendors).
                    inClasses = false
                    device = nil
                    if let wanted, !wanted.contains(UInt16(id)) {
                        vendor = nil
                        continue
                    }
                    vendor = UInt16(id)
                    vendors[UInt16(id)] = Vendor(name: Self.name(bytes, body + 4, lineEnd))
                } else {
                    vendor = nil
                    deviceClass = nil
                    inClasses = false
                }
            } else if inClasses {
                guard let c = deviceClass, let id = Self.hexField(bytes, body, 2, lineEnd) else { continue }
                if tabs == 1 {
                    subclass = UInt8(id)
                    classes[c]?.subclasses[UInt8(id)] = Subclass(name: Self.name(bytes, body + 2, lineEnd))
                } else if tabs == 2, let s = subclass {
                    classes[c]?.subclasses[s]?.progIFs[UInt8(id)] = Self.name(bytes, body + 2, lineEnd)
                }
            } else if let v = vendor {
                if tabs == 1, let id = Self.hexField(bytes, body, 4, lineEnd) {
                    device = UInt16(id)
                    vendors[v]?.devices[UInt16(id)] = Device(name: Self.name(bytes, body + 4, lineEnd))
                } else if tabs == 2, let d = device,
                          let sv = Self.hexField(bytes, body, 4, lineEnd),
                          let sd = Self.hexField(bytes, body + 5, 4, lineEnd) {
                    vendors[v]?.devices[d]?.subsystems[UInt32(sv) << 16 | UInt32(sd)] = Self.name(bytes, body + 9, lineEnd)
                }
            }
        }
    }

    private static func hexField(_ b: [UInt8], _ at: Int, _ digits: Int, _ end: Int) -> UInt32? {
        guard at + digits <= end else { return nil }
        var v: UInt32 = 0
        for i in at..<at + digits {
            let c = b[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x61...0x66: d = c - 0x61 + 10
            case 0x41...0x46: d = c - 0x41 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        // The ID must be followed by a separator (space/tab) or end of line.
        if at + digits < end && b[at + digits] != 0x20 && b[at + digits] != 0x09 { return nil }
        return v
    }

    private static func name(_ b: [UInt8], _ from: Int, _ end: Int) -> String {
        var s = from
        while s < end && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
        var e = end
        while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x0d) { e -= 1 }
        return String(decoding: b[s..<e], as: UTF8.self)
    }
}
