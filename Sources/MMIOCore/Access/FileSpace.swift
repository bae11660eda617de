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
    private let fd: Int32

    public init(name: String, path: String, fileOffset: UInt64 = 0, length: UInt64, physicalBase: UInt64?,
                widths: [AccessWidth] = [.bits8, .bits16, .bits32], writable: Bool,
                explain: (_ operation: String, _ errno: SystemError) -> AccessError) throws(AccessError) {
        let fd = open(path, (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC)
        guard fd >= 0 else { throw explain("open \(path)", SystemError(errno)) }
        self.name = name
        self.path = path
        self.fileOffset = fileOffset
        self.length = length
        self.physicalBase = physicalBase
        self.supportedWidths = widths
        self.isWritable = writable
        self.fd = fd
    }

    deinit { close(fd) }

    public func read(at offset: UInt64, width: AccessWidth) throws(AccessError) -> UInt64 {
        try validate(offset: offset, width: width)
        var buffer = [UInt8](repeating: 0, count: width.bytes)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, width.bytes, off_t(Int64(bitPattern: fileOffset + offset))) }
        guard n == width.bytes else {
            throw AccessError(n < 0 ? .systemError : .outOfRange,
                              operation: "\(width) read of \(path) at 0x\(hex(fileOffset + offset, 1))" + (n >= 0 ? " returned \(n) of \(width.bytes) bytes" : ""),
                              path: path, errno: n < 0 ? SystemError(errno) : nil,
                              fix: n >= 0 ? .runAsRootForFullConfig : nil)
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
        let n = buffer.withUnsafeBytes { pwrite(fd, $0.baseAddress, width.bytes, off_t(Int64(bitPattern: fileOffset + offset))) }
        guard n == width.bytes else {
            throw AccessError(.systemError, operation: "\(width) write of \(path) at 0x\(hex(fileOffset + offset, 1))",
                              path: path, errno: n < 0 ? SystemError(errno) : nil)
        }
    }
}

func littleEndian(_ bytes: [UInt8]) -> UInt64 {
    var v: UInt64 = 0
    for (i, b) in bytes.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
    return v
}
