/// Debug port capability (ID 0x0a), EHCI 1.0 Appendix C, decoded from `DebugPortLayout`; its
/// one register is also the headline.
public enum DebugPortDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .standard, name: "Debug port")
        b.addHeadline(DebugPortLayout.port)
        return b.result
    }
}
