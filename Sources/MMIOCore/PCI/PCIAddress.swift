/// A PCI function address, `DDDD:BB:DD.F`, as the kernel names sysfs entries
/// (`/sys/bus/pci/devices/0000:00:03.0`) and as `lspci -s` accepts it.
public struct PCIAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var domain: UInt32
    public var bus: UInt8
    public var device: UInt8
    public var function: UInt8

    public init(domain: UInt32 = 0, bus: UInt8, device: UInt8, function: UInt8) {
        self.domain = domain
        self.bus = bus
        self.device = device
        self.function = function
    }

    /// Parses `DDDD:BB:DD.F` or `BB:DD.F` (domain 0). Device is 0...0x1f, function 0...7.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var domain: UInt32 = 0
        if parts.count == 3 {
            guard parts[0].count <= 8, let d = UInt32(parts[0], radix: 16) else { return nil }
            domain = d
        }
        let busText = parts[parts.count - 2]
        let slot = parts[parts.count - 1].split(separator: ".", omittingEmptySubsequences: false)
        guard busText.count <= 2, let bus = UInt8(busText, radix: 16),
              slot.count == 2, slot[0].count <= 2, slot[1].count == 1,
              let device = UInt8(slot[0], radix: 16), device < 32,
              let function = UInt8(slot[1], radix: 16), function < 8
        else { return nil }
        self.init(domain: domain, bus: bus, device: device, function: function)
    }

    /// `0000:00:03.0`, the sysfs spelling.
    public var description: String {
        hex(domain, 4) + ":" + short
    }

    /// `00:03.0`, lspci's spelling for domain 0.
    public var short: String {
        hex(bus, 2) + ":" + hex(device, 2) + "." + String(function)
    }

    /// lspci's choice: the short form in domain 0, the full form elsewhere.
    public var display: String { domain == 0 ? short : description }

    public static func < (a: PCIAddress, b: PCIAddress) -> Bool {
        (a.domain, a.bus, a.device, a.function) < (b.domain, b.bus, b.device, b.function)
    }
}

/// Lower-case hex, zero-padded to `digits`.
@inlinable
public func hex<T: BinaryInteger>(_ value: T, _ digits: Int) -> String {
    let s = String(value, radix: 16)
    return s.count >= digits ? s : String(repeating: "0", count: digits - s.count) + s
}
