/// A register write, staged: what will be written where, shown before anything happens.
///
/// With a mask, committing is a read-modify-write at the register's width: bits outside
/// the mask keep their current value, except `zeroBits` (write-1-to-clear status bits,
/// PCIe Base 6.0 §7.4 "RW1C") which are written as 0 unless the mask targets them, so a
/// write never clears a status bit by accident.
public struct WritePlan: Sendable, Equatable {
    /// What the user named, e.g. `00:02.0/bar0+0x04`.
    public let target: String
    public let offset: UInt64
    public let physicalAddress: UInt64?
    public let width: AccessWidth
    /// Value read when the plan was made.
    public let old: UInt64
    /// The bits the user wants to set, and which bits they target.
    public let requested: UInt64
    public let mask: UInt64
    public let zeroBits: UInt64

    public init(target: String, offset: UInt64, physicalAddress: UInt64?, width: AccessWidth,
                old: UInt64, requested: UInt64, mask: UInt64? = nil, zeroBits: UInt64 = 0) {
        self.target = target
        self.offset = offset
        self.physicalAddress = physicalAddress
        self.width = width
        self.old = old & width.mask
        self.requested = requested & width.mask
        self.mask = (mask ?? width.mask) & width.mask
        self.zeroBits = zeroBits & width.mask
    }

    /// Reads the current value and stages the write.
    public static func prepare(_ resolved: ResolvedTarget, width: AccessWidth, value: UInt64, mask: UInt64? = nil,
                               zeroBits: UInt64 = 0) throws(AccessError) -> WritePlan {
        if value & ~width.mask != 0 {
            throw AccessError(.outOfRange, operation: "value 0x\(hex(value, 1)) does not fit in \(width.bits) bits",
                              fix: .fitValue(bits: width.bits))
        }
        let old = try resolved.space.read(at: resolved.offset, width: width)
        return WritePlan(target: resolved.target.description, offset: resolved.offset, physicalAddress: resolved.physicalAddress,
                         width: width, old: old, requested: value, mask: mask, zeroBits: zeroBits)
    }

    /// The value that will be written, computed from `current`.
    public func value(from current: UInt64) -> UInt64 {
        ((current & ~mask & ~zeroBits) | (requested & mask)) & width.mask
    }

    public var new: UInt64 { value(from: old) }
    public var changedBits: UInt64 { old ^ new }
    public var isFullWrite: Bool { mask == width.mask }

    /// Bit numbers that change, highest first: `31 30 4 0`.
    public var changedBitNumbers: [Int] {
        (0..<width.bits).reversed().filter { changedBits >> UInt64($0) & 1 == 1 }
    }

    /// The value before the write and the value to write: for a masked write the register
    /// is re-read, so the read-modify-write uses its current value. Writing itself is
    /// `WriteJournal.commit`'s alone, so no write happens without its intent journaled.
    func stage(on resolved: ResolvedTarget) throws(AccessError) -> (before: UInt64, written: UInt64) {
        let before = isFullWrite ? old : try resolved.space.read(at: resolved.offset, width: width)
        return (before, isFullWrite ? requested : value(from: before))
    }

    /// The plan that puts `old` back (undo).
    public var undo: WritePlan {
        WritePlan(target: target, offset: offset, physicalAddress: physicalAddress, width: width,
                  old: new, requested: old, mask: mask, zeroBits: zeroBits)
    }
}
