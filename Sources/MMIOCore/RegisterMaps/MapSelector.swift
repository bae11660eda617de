
/// What a register map applies to: a PCI device by IDs, a PCI class code, an iomem region
/// by name (`HPET 0`, `Local APIC`), or a fixed physical address (SVD peripherals).
public enum MapSelector: Sendable, Hashable, CustomStringConvertible {
    /// `pci: 8086:10d3`, optionally with `subsystem: 8086:0000`.
    case pciDevice(vendor: UInt16, device: UInt16, subsystemVendor: UInt16?, subsystemDevice: UInt16?)
    /// `class: 01:08:02` (base:sub:prog-if), `class: 04:03` (any prog-if) or `class: 0c`.
    case pciClass(base: UInt8, sub: UInt8?, progIF: UInt8?)
    /// `iomem: HPET 0`: a /proc/iomem region with exactly this name.
    case iomemRegion(String)
    /// `phys: 0x40000000`: a peripheral at a fixed physical address (CMSIS-SVD `baseAddress`).
    case physical(UInt64)

    /// How specific a PCI match is; the most specific map wins when several match a function.
    /// Nil when the selector does not match.
    public func specificity(for function: PCIFunction) -> Int? {
        switch self {
        case let .pciDevice(vendor, device, sv, sd):
            guard function.vendorID == vendor, function.deviceID == device else { return nil }
            if let sv, let sd {
                guard function.subsystemVendorID == sv, function.subsystemDeviceID == sd else { return nil }
                return 5
            }
            return 4
        case let .pciClass(base, sub, progIF):
            guard function.baseClass == base else { return nil }
            guard let sub else { return 1 }
            guard function.subClass == sub else { return nil }
            guard let progIF else { return 2 }
            return function.progIF == progIF ? 3 : nil
        case .iomemRegion, .physical:
            return nil
        }
    }

    /// Parses `1234:11e8` into vendor and device.
    static func parseIDPair(_ text: String) -> (UInt16, UInt16)? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 }),
              let a = UInt16(parts[0], radix: 16), let b = UInt16(parts[1], radix: 16) else { return nil }
        return (a, b)
    }

    /// Parses `01:08:02`, `04:03`, `0c` (also without colons: `010802`).
    static func parseClass(_ text: String) -> MapSelector? {
        var bytes: [UInt8] = []
        let parts = text.contains(":") ? text.split(separator: ":").map(String.init)
            : stride(from: 0, to: text.count, by: 2).map { String(Array(text)[$0..<min($0 + 2, text.count)]) }
        for p in parts {
            guard p.count == 2, let b = UInt8(p, radix: 16) else { return nil }
            bytes.append(b)
        }
        guard (1...3).contains(bytes.count) else { return nil }
        return .pciClass(base: bytes[0], sub: bytes.count > 1 ? bytes[1] : nil, progIF: bytes.count > 2 ? bytes[2] : nil)
    }

    /// The map-file spelling: `pci 1234:11e8`, `class 01:08:02`, `iomem "HPET 0"`, `phys 0x40000000`.
    public var description: String {
        switch self {
        case let .pciDevice(v, d, sv, sd):
            var s = "pci \(hex(v, 4)):\(hex(d, 4))"
            if let sv, let sd { s += " subsystem \(hex(sv, 4)):\(hex(sd, 4))" }
            return s
        case let .pciClass(b, s, p):
            return "class " + [b, s, p].compactMap { $0 }.map { hex($0, 2) }.joined(separator: ":")
        case let .iomemRegion(name): return "iomem \"\(name)\""
        case let .physical(a): return "phys 0x\(hex(a, 1))"
        }
    }
}

extension MapSelector {
    /// `1234:11e8` as a PCI device selector.
    public static func parse(pci text: String) -> MapSelector? {
        parseIDPair(text).map { .pciDevice(vendor: $0.0, device: $0.1, subsystemVendor: nil, subsystemDevice: nil) }
    }

    /// `01:08:02`, `04:03` or `0c` as a class selector.
    public static func parse(classCode text: String) -> MapSelector? { parseClass(text) }
}
