extension ConfigSpace {
    /// Reads a 1-, 2-, 4- or 8-byte little-endian register, nil beyond what was read.
    public func value(at offset: Int, width: Int) -> UInt64? {
        switch width {
        case 1: u8(offset).map(UInt64.init)
        case 2: u16(offset).map(UInt64.init)
        case 4: u32(offset).map(UInt64.init)
        case 8: u64(offset)
        default: nil
        }
    }

    /// Decodes the register at `offset` into fields, or nil when its bytes were not read.
    public func register(_ name: String, at offset: Int, width: Int,
                         _ lines: (UInt64) -> [[ConfigField]]) -> ConfigRegister? {
        guard let raw = value(at: offset, width: width) else { return nil }
        return ConfigRegister(name: name, offset: offset, width: width, raw: raw, lines: lines(raw))
    }
}
