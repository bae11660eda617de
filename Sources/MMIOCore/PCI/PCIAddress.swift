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

    /// Parses `DDDD:BB:DD.F` or `BB:DD.F` (domain 0), hex digits of either case. Domain
    /// has 1–8 digits, bus and device 1–2, function one; device is 0...0x1f, function 0...7.
    /// One pass over the UTF-8 bytes (enumeration parses every sysfs name and path component).
    public init?(parsing text: some StringProtocol) {
        // Up to four groups: [domain:]bus:device.function
        var values: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var digits: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var group = 0, colons = 0
        var sawDot = false
        for c in text.utf8 {
            let d: UInt32
            switch c {
            case UInt8(ascii: ":"):
                guard !sawDot, colons < 2 else { return nil }
                colons += 1
                group += 1
                continue
            case UInt8(ascii: "."):
                guard !sawDot, colons > 0 else { return nil }
                sawDot = true
                group += 1
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A")) + 10
            default: return nil
            }
            switch group {
            case 0: guard digits.0 < 8 else { return nil }; values.0 = values.0 << 4 | d; digits.0 += 1
            case 1: guard digits.1 < 8 else { return nil }; values.1 = values.1 << 4 | d; digits.1 += 1
            case 2: guard digits.2 < 8 else { return nil }; values.2 = values.2 << 4 | d; digits.2 += 1
            default: guard digits.3 < 8 else { return nil }; values.3 = values.3 << 4 | d; digits.3 += 1
            }
        }
        guard sawDot else { return nil }
        let domain: UInt32, bus: UInt32, device: UInt32, function: UInt32
        let domainDigits: Int, busDigits: Int, deviceDigits: Int, functionDigits: Int
        if colons == 2 {
            (domain, bus, device, function) = values
            (domainDigits, busDigits, deviceDigits, functionDigits) = digits
        } else {
            (domain, bus, device, function) = (0, values.0, values.1, values.2)
            (domainDigits, busDigits, deviceDigits, functionDigits) = (1, digits.0, digits.1, digits.2)
        }
        guard domainDigits >= 1, (1...2).contains(busDigits), (1...2).contains(deviceDigits), functionDigits == 1,
              device < 32, function < 8 else { return nil }
        self.init(domain: domain, bus: UInt8(bus), device: UInt8(device), function: UInt8(function))
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
