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

    /// Reads `count` words of `width` from `offset` on, each once and in order, into
    /// `buffer` (`count * width.bytes` bytes, little-endian words as the bus returns them).
    /// Mapped spaces do the whole block under one fault guard; a fault mid-block stores
    /// the words before it and reports the offset reached. The default reads word by word.
    func readBlock(at offset: UInt64, width: AccessWidth, count: Int, into buffer: UnsafeMutableRawPointer) -> BlockRead

    /// Samples the word at `offset` `count` times back to back and stores only the samples
    /// that differ from the one before (`last` is the previous sample, updated), each with
    /// its CLOCK_MONOTONIC time, numbered from `firstSample`. Stops early when `changes` is
    /// full, so a change is never dropped here. Mapped spaces sample under one fault guard
    /// per batch; the default reads through `read`.
    func sampleChanges(at offset: UInt64, width: AccessWidth, last: inout UInt64, firstSample: UInt64, count: Int,
                       into changes: UnsafeMutableBufferPointer<SampledChange>) -> SampleBatch

    /// Says `length` bytes from `offset` were read and are not needed again soon, so a
    /// streaming reader (a dump of a large mapping) keeps its memory flat: a mapped space
    /// drops those pages from the process (madvise(2) MADV_DONTNEED; a shared file
    /// mapping's data stays in the page cache). Never an access; a no-op elsewhere.
    func releasePages(at offset: UInt64, length: UInt64)
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

    /// Physical address of `offset`, when the base is known and the sum fits in 64 bits.
    public func physicalAddress(of offset: UInt64) -> UInt64? {
        guard let base = physicalBase else { return nil }
        let (address, overflow) = base.addingReportingOverflow(offset)
        return overflow ? nil : address
    }
}

extension RegisterSpace {
    public func releasePages(at offset: UInt64, length: UInt64) {}

    public func readBlock(at offset: UInt64, width: AccessWidth, count: Int, into buffer: UnsafeMutableRawPointer) -> BlockRead {
        for i in 0..<count {
            let value: UInt64
            do {
                value = try read(at: offset + UInt64(i * width.bytes), width: width)
            } catch {
                return BlockRead(count: i, error: error)
            }
            let p = buffer + i * width.bytes
            switch width {
            case .bits8: p.storeBytes(of: UInt8(truncatingIfNeeded: value), as: UInt8.self)
            case .bits16: p.storeBytes(of: UInt16(truncatingIfNeeded: value).littleEndian, toByteOffset: 0, as: UInt16.self)
            case .bits32: p.storeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian, toByteOffset: 0, as: UInt32.self)
            case .bits64: p.storeBytes(of: value.littleEndian, toByteOffset: 0, as: UInt64.self)
            }
        }
        return BlockRead(count: count, error: nil)
    }

    public func sampleChanges(at offset: UInt64, width: AccessWidth, last: inout UInt64, firstSample: UInt64, count: Int,
                              into changes: UnsafeMutableBufferPointer<SampledChange>) -> SampleBatch {
        var stored = 0
        for i in 0..<count {
            guard stored < changes.count else { return SampleBatch(samples: i, changes: stored, error: nil) }
            let value: UInt64
            do {
                value = try read(at: offset, width: width)
            } catch {
                return SampleBatch(samples: i, changes: stored, error: error)
            }
            if value != last {
                changes[stored] = SampledChange(sample: firstSample + UInt64(i), value: value, ns: MonotonicClock.nanoseconds())
                stored += 1
                last = value
            }
        }
        return SampleBatch(samples: count, changes: stored, error: nil)
    }
}
