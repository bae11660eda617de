/// SATA Data/Index Configuration capability (ID 0x12), AHCI 1.3.1 §2.3: revision at +2 (major
/// 7:4, minor 3:0), BAR location 3:0 (4-9: BAR0-5, 0xf: config space) and dword offset 23:4 at +4.
public enum SATADecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .standard, name: "SATA HBA")
        if let rev = b.add("Revision", 2, 2, { r in [[
            F.number("Major", r, low: 4, count: 4) { "v\($0)." },
            F.number("Minor", r, low: 0, count: 4) { "\($0)" },
        ]] }), let loc = b.add("BAR", 4, 4, { r in [[
            F.number("BARLocation", r, low: 0, count: 4) { $0 >= 4 && $0 <= 9 ? "BAR\($0 - 4)" : $0 == 0xf ? "in config space" : "BAR?\($0)" },
            // lspci prints the offset field as read (in dwords); hwx adds the byte offset.
            F.number("Offset", r, low: 4, count: 20) { "Offset=" + hex($0, 8) + " (0x" + hex($0 * 4, 1) + " bytes)" },
        ]] }) {
            b.capability.title = "SATA HBA v\((rev.raw >> 4) & 0xf).\(rev.raw & 0xf)"
            b.capability.headline = loc.fields
            b.capability.headlineSeparator = " "
        }
        return b.result
    }
}
