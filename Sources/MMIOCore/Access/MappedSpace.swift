#if canImport(Glibc)
import Glibc
#endif

/// A register space backed by `mmap` of a file: a sysfs `resourceN` (a memory BAR), a
/// window of `/dev/mem` (physical addresses; `pread` on MMIO gives EFAULT, so only mmap
/// is used), or any mmap-able plain file (`file:PATH`, fixture BAR files).
///
/// The mapping starts on a page boundary at or below `fileOffset` and never extends
/// past `length` bytes after it rounded up to a page; accesses are bounds-checked
/// against `length` itself.
public final class MappedSpace: RegisterSpace, @unchecked Sendable {
    public let name: String
    public let path: String
    public let length: UInt64
    public let physicalBase: UInt64?
    public let isWritable: Bool
    public let supportedWidths: [AccessWidth] = AccessWidth.allCases

    private let fd: Int32
    let mapping: UnsafeMutableRawPointer
    private let mappingLength: Int
    /// Distance from the mapping's start to offset 0 of this space.
    let slack: Int

    /// Maps `length` bytes of `path` starting at `fileOffset`.
    /// - Parameter explain: turns an open/mmap errno into a user-facing error.
    public init(name: String, path: String, fileOffset: UInt64 = 0, length: UInt64,
                physicalBase: UInt64?, writable: Bool,
                explain: (_ operation: String, _ errno: SystemError) -> AccessError) throws(AccessError) {
        let flags = (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC | (writable ? O_SYNC : 0)
        let fd = open(path, flags)
        guard fd >= 0 else { throw explain("open \(path)", SystemError(errno)) }
        guard length > 0 else {
            close(fd)
            throw AccessError(.outOfRange, operation: "map \(path): the region is empty (0 bytes)", path: path)
        }
        let page = UInt64(sysconf(Int32(_SC_PAGESIZE)))
        let alignedOffset = fileOffset / page * page
        let slack = Int(fileOffset - alignedOffset)
        let total = (UInt64(slack) + length + page - 1) / page * page
        let prot = writable ? (PROT_READ | PROT_WRITE) : PROT_READ
        let p = mmap(nil, Int(total), prot, MAP_SHARED, fd, off_t(Int64(bitPattern: alignedOffset)))
        guard let p, p != MAP_FAILED else {
            let e = SystemError(errno)
            close(fd)
            throw explain("mmap \(path) (\(length) bytes at offset 0x\(hex(fileOffset, 1)))", e)
        }
        self.name = name
        self.path = path
        self.length = length
        self.physicalBase = physicalBase
        self.isWritable = writable
        self.fd = fd
        self.mapping = p
        self.mappingLength = Int(total)
        self.slack = slack
    }

    deinit {
        munmap(mapping, mappingLength)
        close(fd)
    }

    public func read(at offset: UInt64, width: AccessWidth) throws(AccessError) -> UInt64 {
        try validate(offset: offset, width: width)
        do {
            return try VolatileAccess.read(UnsafeRawPointer(mapping + slack + Int(offset)), width: width)
        } catch {
            throw faultError(error, "read", offset, width)
        }
    }

    public func write(_ value: UInt64, at offset: UInt64, width: AccessWidth) throws(AccessError) {
        try validate(offset: offset, width: width)
        guard isWritable else {
            throw AccessError(.readOnly, operation: "write to \(name): opened read-only", path: path,
                              fix: .enableWrites)
        }
        do {
            try VolatileAccess.write(value, to: mapping + slack + Int(offset), width: width)
        } catch {
            throw faultError(error, "write", offset, width)
        }
    }

    func faultError(_ fault: MMIOFault, _ verb: String, _ offset: UInt64, _ width: AccessWidth) -> AccessError {
        AccessError(.fault,
                    operation: "\(width) \(verb) of \(name) at offset 0x\(hex(offset, 1)) faulted: \(fault.signalName)",
                    path: path,
                    fix: .advice("the mapping is gone: the file was truncated, or the device was removed, reset or powered down (check the function's power state and `enable`)"))
    }
}
