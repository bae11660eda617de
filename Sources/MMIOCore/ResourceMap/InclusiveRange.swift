/// An inclusive range `start...end` as the kernel prints them (`/proc/iomem`,
/// `/proc/ioports`, sysfs `resource`: kernel/resource.c, drivers/pci/pci-sysfs.c
/// `resource_show`) and as bridges decode their windows, with its size computed by checked
/// arithmetic: a hostile or corrupt range is reported, never trapped on.
public struct InclusiveRange: Sendable, Equatable {
    /// Why a range has no size.
    public enum Problem: String, Sendable, Equatable, CustomStringConvertible {
        /// `end < start`.
        case endBelowStart = "end below start"
        /// `0...2^64-1`: 2^64 bytes do not fit in 64 bits.
        case sizeNotRepresentable = "size not representable"

        public var description: String { rawValue }
    }

    public let start: UInt64
    public let end: UInt64

    public init(start: UInt64, end: UInt64) {
        self.start = start
        self.end = end
    }

    /// `end - start + 1`, nil when it cannot be given (see `problem`).
    public var size: UInt64? {
        guard end >= start else { return nil }
        let (size, overflow) = (end - start).addingReportingOverflow(1)
        return overflow ? nil : size
    }

    public var problem: Problem? {
        if end < start { return .endBelowStart }
        return size == nil ? .sizeNotRepresentable : nil
    }

    /// The problem with the numbers that show it: `size not representable (0x0-0xffffffffffffffff is 2^64 bytes)`.
    public var problemText: String? {
        guard let problem else { return nil }
        switch problem {
        case .endBelowStart: return "\(problem) (0x\(hex(end, 1)) < 0x\(hex(start, 1)))"
        case .sizeNotRepresentable: return "\(problem) (0x\(hex(start, 1))-0x\(hex(end, 1)) is 2^64 bytes)"
        }
    }
}
