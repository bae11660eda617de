/// Root Complex Event Collector Endpoint Association extended capability (ID 0x0007), PCIe
/// Base 6.0 §7.9.10: association bitmap for RCiEPs at +4 (bit n = device n on the collector's
/// bus); version 2 adds the associated bus numbers at +8 (next bus 15:8, last bus 23:16).
public enum EventCollectorAssociationDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Root Complex Event Collector Endpoint Association")
        b.add("RCiEPBitmap", 4, 4) { r in [[F.number("AssociationBitmap", r, low: 0, count: 32) { "RCiEP at Device(s): " + deviceRanges($0) }]] }
        if (entry.version ?? 1) >= 2 {
            b.add("Buses", 8, 4) { r in [[
                F.number("NextBus", r, low: 8, count: 8) { "NextBus=" + hex($0, 2) },
                F.number("LastBus", r, low: 16, count: 8) { "LastBus=" + hex($0, 2) },
            ]] }
        }
        return b.result
    }

    /// The set bits as device ranges, lspci's way: `0-7`, `1, 3-4`.
    static func deviceRanges(_ bitmap: UInt64) -> String {
        var parts: [String] = []
        var device = 0
        while device < 32 {
            guard (bitmap >> UInt64(device)) & 1 == 1 else { device += 1; continue }
            var end = device
            while end + 1 < 32, (bitmap >> UInt64(end + 1)) & 1 == 1 { end += 1 }
            parts.append(end == device ? "\(device)" : "\(device)-\(end)")
            device = end + 1
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
