#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The PCI ID database (`pci.ids`, https://pci-ids.ucw.cz format): vendor, device and
/// subsystem names, and class/subclass/prog-if names.
///
/// Format: `VVVV  name` at column 0; `\tDDDD  name` devices under it; `\t\tSSSS SSSS  name`
/// subsystems under a device; `C CC  name` classes with `\tSS  name` subclasses and
/// `\t\tPP  name` programming interfaces; `#` comments. The file is parsed in one pass over
/// its bytes (about 36,000 lines in Debian's copy), lines ending in LF or CRLF, and checked
/// as all text is (`TextLines.check`: no NUL byte, UTF-8), with the line of a problem.
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
    /// Why the file the caller named (`load(path:)` with a path) gave no names: missing,
    /// not a regular file, unreadable, or not text at line N. Nil when it loaded, and for
    /// the standard locations, whose absence is normal (see `missingFix`).
    public private(set) var failure: FileAccessError?

    /// Where Debian (`pci.ids` package) and Fedora/Arch (`hwdata`) keep the file.
    public static let standardLocations = ["/usr/share/misc/pci.ids", "/usr/share/hwdata/pci.ids", "/usr/share/pci.ids"]

    /// An empty database: every lookup answers nil and callers print numeric IDs.
    public init() { source = nil }

    /// - Parameter vendors: when given, only these vendors' devices are kept (the rest of
    ///   the file is skipped line by line without building names), which makes loading
    ///   for a machine's own functions cheap. Classes are always kept.
    public init(text: some StringProtocol, source: String? = nil, vendors: Set<UInt16>? = nil) {
        self.source = source
        var state = ParseState()
        Array(text.utf8).withUnsafeBufferPointer { parse($0, vendors: vendors, state: &state) }
    }

    private init(source: String) { self.source = source }

    init(failure: FileAccessError) {
        source = nil
        self.failure = failure
    }

    /// Loads `path`, or the first standard location that exists. Without a path, no file
    /// gives an empty database (the caller shows one hint line), never an error. A named
    /// `path` that cannot be read gives an empty database with `failure` saying why (the
    /// front ends refuse to run on it: the user asked for those names).
    public static func load(path: String? = nil, vendors: Set<UInt16>? = nil) -> PCIIDs {
        if let path {
            do {
                return try stream(path, vendors: vendors)
            } catch {
                return PCIIDs(failure: error)
            }
        }
        for candidate in standardLocations {
            if let ids = try? stream(candidate, vendors: vendors) { return ids }
        }
        return PCIIDs()
    }

    /// Bytes read at a time: the file (about 1.4 MB) is parsed as it is read, never held
    /// whole (holding it was most of the peak memory of `hwx list pci`).
    static let chunkSize = 64 << 10

    /// Parses the file at `path` in `chunkSize` reads through the file-access layer (opened
    /// as `.namesDatabase`: a regular file, at most its read limit). Throws when it cannot
    /// be opened or read, is longer than the limit, or is not text (the line is named).
    static func stream(_ path: String, vendors: Set<UInt16>?) throws(FileAccessError) -> PCIIDs {
        let fd = try FileIO.open(path, role: .namesDatabase)
        defer { fd.close() }
        func failed(_ problem: FileAccessError.Problem) -> FileAccessError {
            FileAccessError("read", path: path, role: .namesDatabase, problem: problem)
        }
        var line = 1  // the number of the first line in the buffer
        let limit = FileRole.namesDatabase.readLimit ?? Int.max
        var ids = PCIIDs(source: path)
        var state = ParseState()
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0, total = 0
        while true {
            // A line longer than the buffer (none in pci.ids): make room for the rest of it.
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let result = buffer.withUnsafeMutableBytes { fd.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            let n: Int
            switch result {
            case .success(let got): n = got
            case .failure(let e): throw failed(.system(e))
            }
            total += n
            guard total <= limit else { throw failed(.tooLarge(limit: limit)) }
            filled += n
            // Parse the complete lines; keep a partial last line for the next read.
            var complete = filled
            if n > 0 {
                while complete > 0 && buffer[complete - 1] != 0x0a { complete -= 1 }
            }
            let invalid = buffer.withUnsafeBufferPointer { all -> InvalidText? in
                let lines = UnsafeBufferPointer(rebasing: all[0..<complete])
                if let problem = TextLines.check(lines, firstLine: line) { return problem }
                line += TextLines.lineEnds(in: lines)
                ids.parse(lines, vendors: vendors, state: &state)
                return nil
            }
            if let invalid { throw failed(.invalidText(invalid)) }
            if n == 0 { return ids }
            if complete > 0 {
                let rest = filled - complete
                if rest > 0 {
                    buffer.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + complete, byteCount: rest) }
                }
                filled = rest
            }
        }
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

    /// Where the parser is between lines (a read may end between a vendor and its devices).
    struct ParseState {
        var vendor: UInt16?
        var device: UInt16?
        var deviceClass: UInt8?
        var subclass: UInt8?
        var inClasses = false
    }

    /// Parses the lines in `bytes` (complete ones: the last lacks its newline only at the
    /// end of the file), one `memchr` per line.
    private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, vendors wanted: Set<UInt16>?, state: inout ParseState) {
        guard let base = bytes.baseAddress else { return }
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            let newline: Int
            if let nl = memchr(base + lineStart, 0x0a, count - lineStart) {
                newline = UnsafePointer(nl.assumingMemoryBound(to: UInt8.self)) - base
            } else {
                newline = count
            }
            defer { lineStart = newline + 1 }
            // A CRLF line end: the CR is not part of the line.
            let lineEnd = newline > lineStart && bytes[newline - 1] == 0x0d ? newline - 1 : newline
            guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
            // Devices and subsystems of a vendor that is not wanted: skipped unread.
            if bytes[lineStart] == 0x09 && state.vendor == nil && !state.inClasses { continue }
            var tabs = 0
            while lineStart + tabs < lineEnd && bytes[lineStart + tabs] == 0x09 { tabs += 1 }
            let body = lineStart + tabs
            guard body < lineEnd else { continue }
            if tabs == 0 {
                if bytes[body] == UInt8(ascii: "C") && body + 1 < lineEnd && bytes[body + 1] == 0x20 {
                    state.inClasses = true
                    guard let id = Self.hexField(bytes, body + 2, 2, lineEnd) else { continue }
                    state.deviceClass = UInt8(id)
                    state.subclass = nil
                    classes[UInt8(id)] = DeviceClass(name: Self.name(bytes, body + 4, lineEnd))
                } else if let id = Self.hexField(bytes, body, 4, lineEnd) {
                    // `V` / `X` ... sections after the classes are other lists (not vendors).
                    state.inClasses = false
                    state.device = nil
                    if let wanted, !wanted.contains(UInt16(id)) {
                        state.vendor = nil
                        continue
                    }
                    state.vendor = UInt16(id)
                    vendors[UInt16(id)] = Vendor(name: Self.name(bytes, body + 4, lineEnd))
                } else {
                    state.vendor = nil
                    state.deviceClass = nil
                    state.inClasses = false
                }
            } else if state.inClasses {
                guard let c = state.deviceClass, let id = Self.hexField(bytes, body, 2, lineEnd) else { continue }
                if tabs == 1 {
                    state.subclass = UInt8(id)
                    classes[c]?.subclasses[UInt8(id)] = Subclass(name: Self.name(bytes, body + 2, lineEnd))
                } else if tabs == 2, let s = state.subclass {
                    classes[c]?.subclasses[s]?.progIFs[UInt8(id)] = Self.name(bytes, body + 2, lineEnd)
                }
            } else if let v = state.vendor {
                if tabs == 1, let id = Self.hexField(bytes, body, 4, lineEnd) {
                    state.device = UInt16(id)
                    vendors[v]?.devices[UInt16(id)] = Device(name: Self.name(bytes, body + 4, lineEnd))
                } else if tabs == 2, let d = state.device,
                          let sv = Self.hexField(bytes, body, 4, lineEnd),
                          let sd = Self.hexField(bytes, body + 5, 4, lineEnd) {
                    vendors[v]?.devices[d]?.subsystems[UInt32(sv) << 16 | UInt32(sd)] = Self.name(bytes, body + 9, lineEnd)
                }
            }
        }
    }

    private static func hexField(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ digits: Int, _ end: Int) -> UInt32? {
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

    private static func name(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> String {
        var s = from
        while s < end && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
        var e = end
        while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x0d) { e -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
    }
}
