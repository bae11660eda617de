/// Walks the standard and extended capability lists defensively.
///
/// Standard list (PCI Local Bus 3.0 §6.7): Status bit 4 says a list exists; the first
/// pointer is at 0x34 (0x14 for CardBus headers); each entry is `id, next` with the two low
/// bits of `next` reserved; entries live in 0x40...0xff. Extended list (PCIe Base 6.0
/// §7.6.3): starts at 0x100, each header is `id[15:0] version[19:16] next[31:20]`, entries live
/// in 0x100...0xfff; a header of 0 (or all ones) at 0x100 means no list.
///
/// Every walk keeps a visited set, checks each pointer's range and alignment, and has a
/// step budget (TTL), so a corrupt chain ends with a reason instead of a hang.
public enum CapabilityWalker {
    /// Largest number of standard entries that fit in 0x40...0xff (4-byte aligned).
    public static let standardTTL = 48
    /// Largest number of extended entries that fit in 0x100...0xfff.
    public static let extendedTTL = (4096 - 256) / 4

    public static func standard(_ config: ConfigSpace) -> CapabilityChain {
        let chainSpace = DecodedCapability.Space.standard
        guard let status = config.u16(0x06), config.headerType != nil else {
            return CapabilityChain(space: chainSpace, entries: [], end: .accessDenied(pointer: 0x06, readable: config.count))
        }
        if config.vendorID == 0xffff || status & 0x10 == 0 {
            return CapabilityChain(space: chainSpace, entries: [], end: .absent)
        }
        let pointerOffset = (config.header ?? .endpoint).capabilityPointerOffset
        guard let first = config.u8(pointerOffset) else {
            return CapabilityChain(space: chainSpace, entries: [], end: .accessDenied(pointer: pointerOffset, readable: config.count))
        }
        var entries: [CapabilityChain.Entry] = []
        var visited = Set<Int>()
        var pointer = Int(first) & ~3
        var steps = 0
        while pointer != 0 {
            if steps >= standardTTL {
                return CapabilityChain(space: chainSpace, entries: entries, end: .broken(pointer: pointer, reason: "more than \(standardTTL) entries: the list cannot be that long"))
            }
            steps += 1
            if pointer < 0x40 {
                return CapabilityChain(space: chainSpace, entries: entries, end: .broken(pointer: pointer, reason: "pointer below 0x40 points into the standard header"))
            }
            if visited.contains(pointer) {
                return CapabilityChain(space: chainSpace, entries: entries, end: .looped(at: pointer))
            }
            guard let id = config.u8(pointer), let next = config.u8(pointer + 1) else {
                return CapabilityChain(space: chainSpace, entries: entries, end: .accessDenied(pointer: pointer, readable: config.count))
            }
            if id == 0xff {
                return CapabilityChain(space: chainSpace, entries: entries, end: .broken(pointer: pointer, reason: "capability ID 0xff: the function stopped answering (all ones)"))
            }
            visited.insert(pointer)
            entries.append(.init(id: UInt16(id), offset: pointer, version: nil))
            pointer = Int(next) & ~3
        }
        return CapabilityChain(space: chainSpace, entries: entries, end: .terminated)
    }

    public static func extended(_ config: ConfigSpace) -> CapabilityChain {
        let chainSpace = DecodedCapability.Space.extended
        guard let first = config.u32(0x100) else {
            return CapabilityChain(space: chainSpace, entries: [], end: config.count <= 0x100 ? .absent : .accessDenied(pointer: 0x100, readable: config.count))
        }
        if first == 0 || first == 0xffff_ffff {
            return CapabilityChain(space: chainSpace, entries: [], end: .absent)
        }
        var entries: [CapabilityChain.Entry] = []
        var visited = Set<Int>()
        var pointer = 0x100
        var steps = 0
        while pointer != 0 {
            if steps >= extendedTTL {
                return CapabilityChain(space: chainSpace, entries: entries, end: .broken(pointer: pointer, reason: "more than \(extendedTTL) entries: the list cannot be that long"))
            }
            steps += 1
            if pointer < 0x100 {
                return CapabilityChain(space: chainSpace, entries: entries, end: .broken(pointer: pointer, reason: "extended pointer below 0x100 points into the standard space"))
            }
            if visited.contains(pointer) {
                return CapabilityChain(space: chainSpace, entries: entries, end: .looped(at: pointer))
            }
            guard let header = config.u32(pointer) else {
                return CapabilityChain(space: chainSpace, entries: entries, end: .accessDenied(pointer: pointer, readable: config.count))
            }
            if header == 0xffff_ffff {
                return CapabilityChain(space: chainSpace, entries: entries, end: .broken(pointer: pointer, reason: "header reads all ones: the function stopped answering"))
            }
            visited.insert(pointer)
            let id = UInt16(truncatingIfNeeded: header)
            let version = UInt8(truncatingIfNeeded: (header >> 16) & 0xf)
            // A zero header in the middle of a list ends it, as a zero ID with next 0 would.
            if header == 0 { break }
            entries.append(.init(id: id, offset: pointer, version: version))
            pointer = Int(header >> 20) & ~3
        }
        return CapabilityChain(space: chainSpace, entries: entries, end: .terminated)
    }
}
