/// A decoder for one capability ID: turns the bytes at an entry's offset into named
/// registers and fields. Decoders only read through `ConfigSpace`'s bounded accessors, so a
/// truncated space yields fewer registers, never a crash.
public protocol CapabilityDecoder {
    static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability
}
