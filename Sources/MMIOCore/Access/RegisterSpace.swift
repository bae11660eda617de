/// A range of registers that can be read and written at exact widths: a mapped BAR, a
/// `/dev/mem` window, `/dev/port`, config space, a plain file, or memory (tests).
///
/// Every backend refuses misaligned and out-of-range accesses with an error naming offset,
/// width and length, and turns faults (SIGBUS on a truncated file or a vanished device)
/// into errors. Implementations are reference types: a space owns its mapping or fd.
public protocol RegisterSpace: AnyObject, Sendable {
    /// Human name, e.g. `0000:00:03.0 BAR0`, `phys:0xfed00000`, `port:0x70`.
    var name: String { get }
    /// Bytes addressable from offset 0.
    var length: UInt64 { get }
    /// Physical (or port) address of offset 0, when known.
    var physicalBase: UInt64? { get }
    /// Widths this space can do (`/dev/port` has no 64-bit access, for example).
    var supportedWidths: [AccessWidth] { get }
    var isWritable: Bool { get }

    func read(at offset: UInt64, width: AccessWidth) throws(AccessError) -> UInt64
    func write(_ value: UInt64, at offset: UInt64, width: AccessWidth) throws(AccessError)
}

extension RegisterSpace {
    /// Checks alignment, range and width; every backend calls it before touching anything.
    public func validate(offset: UInt64, width: AccessWidth) throws(AccessError) {
        guard supportedWidths.contains(width) else {
            throw AccessError(.unsupportedWidth,
                              operation: "\(width) access to \(name) at offset 0x\(hex(offset, 1))",
                              fix: .useWidth(supportedWidths))
        }
        guard offset % UInt64(width.bytes) == 0 else {
            throw AccessError(.misaligned,
                              operation: "\(width) access at offset 0x\(hex(offset, 1)) of \(name) is misaligned (must be a multiple of \(width.bytes))",
                              fix: .alignOffset(bytes: width.bytes))
        }
        guard offset < length, UInt64(width.bytes) <= length - offset else {
            throw AccessError(.outOfRange,
                              operation: "\(width) access at offset 0x\(hex(offset, 1)) is outside \(name) (length 0x\(hex(length, 1)))",
                              fix: .advice("offsets of \(name) run from 0x0 to 0x\(hex(length &- UInt64(width.bytes), 1))"))
        }
    }

    /// Physical address of `offset`, when the base is known.
    public func physicalAddress(of offset: UInt64) -> UInt64? { physicalBase.map { $0 &+ offset } }
}
