#if canImport(Glibc)
import Glibc
#endif

/// A register space accessed with `pread`/`pwrite` of exactly the access width: the
/// I/O port space through `/dev/port` (drivers/char/mem.c: each byte is an `inb`/`outb`,
/// so 1/2/4-byte accesses only) and PCI config space through sysfs `config`
/// (drivers/pci/pci-sysfs.c splits accesses into aligned 1/2/4-byte config cycles).
public final class FileSpace: RegisterSpace, @unchecked Sendable {
    public let name: String
    public let path: String
    public let length: UInt64
    public let physicalBase: UInt64?
    public let isWritable: Bool
    public let supportedWidths: [AccessWidth]
    private let fileOffset: UInt64
    private let file: FileDescriptor

    /// Accesses the open `file` at `fileOffset`; the space owns the descriptor from here on.
    /// - Parameter path: the file's path, for messages.
    public init(name: String, file: FileDescriptor, path: String, fileOffset: UInt64 = 0, length: UInt64,
                physicalBase: UInt64?, widths: [AccessWidth] = [.bits8, .bits16, .bits32], writable: Bool) {
        self.name = name
        self.path = path
        self.fileOffset = fileOffset
        self.length = length
        self.physicalBase = physicalBase
        self.supportedWidths = widths
        self.isWritable = writable
        self.file = file
    }

    deinit { file.close() }

    public func read(at offset: UInt64, width: AccessWidth) throws(AccessError) -> UInt64 {
        try validate(offset: offset, width: width)
        var buffer = [UInt8](repeating: 0, count: width.bytes)
        let result = buffer.withUnsafeMutableBytes { file.read(into: $0, at: fileOffset + offset) }
        let n: Int
        switch result {
        case .success(let count): n = count
        case .failure(let e):
            throw AccessError(.systemError, operation: "\(width) read of \(path) at 0x\(hex(fileOffset + offset, 1))",
                              path: path, errno: e)
        }
        guard n == width.bytes else {
            throw AccessError(.outOfRange,
                              operation: "\(width) read of \(path) at 0x\(hex(fileOffset + offset, 1)) returned \(n) of \(width.bytes) bytes",
                              path: path,
                              fix: .runAsRootForFullConfig)
        }
        return littleEndian(buffer)
    }

    public func write(_ value: UInt64, at offset: UInt64, width: AccessWidth) throws(AccessError) {
        try validate(offset: offset, width: width)
        guard isWritable else {
            throw AccessError(.readOnly, operation: "write to \(name): opened read-only", path: path,
                              fix: .enableWrites)
        }
        let buffer = (0..<width.bytes).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
        let result = buffer.withUnsafeBytes { file.write($0, at: fileOffset + offset) }
        switch result {
        case .success(let n) where n == width.bytes:
            return
        case .success(let n):
            throw AccessError(.systemError, operation: "\(width) write of \(path) at 0x\(hex(fileOffset + offset, 1)) wrote \(n) of \(width.bytes) bytes",
                              path: path)
        case .failure(let e):
            throw AccessError(.systemError, operation: "\(width) write of \(path) at 0x\(hex(fileOffset + offset, 1))",
                              path: path, errno: e)
        }
    }
}

func littleEndian(_ bytes: [UInt8]) -> UInt64 {
    var v: UInt64 = 0
    for (i, b) in bytes.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
    return v
}
