/// Which decoder handles which capability ID. IDs without a decoder are listed by
/// `NamedCapabilityDecoder` with their name only.
public enum CapabilityDecoders {
    public static func decoder(for id: UInt16, space: DecodedCapability.Space) -> (any CapabilityDecoder.Type)? {
        switch space {
        case .standard:
            switch id {
            case 0x01: PowerManagementDecoder.self
            case 0x05: MSIDecoder.self
            case 0x0d: BridgeSubsystemDecoder.self
            case 0x10: PCIExpressDecoder.self
            case 0x11: MSIXDecoder.self
            default: nil
            }
        case .extended:
            switch id {
            case 0x01: AERDecoder.self
            default: nil
            }
        }
    }

    public static func decode(_ entry: CapabilityChain.Entry, space: DecodedCapability.Space, in context: DecodeContext) -> DecodedCapability {
        if let decoder = decoder(for: entry.id, space: space) { return decoder.decode(entry, in: context) }
        return NamedCapabilityDecoder.decode(entry, space: space)
    }
}
