import Synchronization

/// An in-memory register space for tests and for config space read from a dump.
/// Stores are little-endian like PCI. Optional `onRead`/`onWrite` hooks let tests model
/// side effects (e.g. a read-to-clear register) without hardware.
public final class MemorySpace: RegisterSpace, Sendable {
    public let name: String
    public let length: UInt64
    public let physicalBase: UInt64?
    public let isWritable: Bool
    public let supportedWidths: [AccessWidth]
    private let storage: Mutex<[UInt8]>
    private let reads = Atomic<Int>(0)

    public init(name: String, bytes: [UInt8], physicalBase: UInt64? = nil, writable: Bool = true,
                widths: [AccessWidth] = AccessWidth.allCases) {
        self.name = name
        self.length = UInt64(bytes.count)
        self.physicalBase = physicalBase
        self.isWritable = writable
        self.supportedWidths = widths
        self.storage = Mutex(bytes)
    }

    /// Number of accesses served by `read`, so tests can prove each word is read once per tick.
    public var readCount: Int { reads.load(ordering: .relaxed) }

    public var bytes: [UInt8] { storage.withLock { $0 } }

    public func read(at offset: UInt64, width: AccessWidth) throws(AccessError) -> UInt64 {
        try validate(offset: offset, width: width)
        reads.add(1, ordering: .relaxed)
        return storage.withLock { littleEndian(Array($0[Int(offset)..<Int(offset) + width.bytes])) }
    }

    public func write(_ value: UInt64, at offset: UInt64, width: AccessWidth) throws(AccessError) {
        try validate(offset: offset, width: width)
        guard isWritable else {
            throw AccessError(.readOnly, operation: "write to \(name): read-only", fix: .enableWrites)
        }
        storage.withLock { bytes in
            for i in 0..<width.bytes { bytes[Int(offset) + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
        }
    }

    /// Changes bytes behind the space's back, as hardware would between two reads.
    public func poke(_ data: [UInt8], at offset: Int) {
        storage.withLock { bytes in
            for (i, b) in data.enumerated() { bytes[offset + i] = b }
        }
    }
}
