import CMMIO
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

    private let file: FileDescriptor
    let mapping: UnsafeMutableRawPointer
    private let mappingLength: Int
    /// Distance from the mapping's start to offset 0 of this space.
    let slack: Int

    /// Maps `length` bytes of the open `file` starting at `fileOffset`; the space owns the
    /// descriptor from here on (closed on failure too).
    /// - Parameter path: the file's path, for messages.
    /// - Parameter explain: turns an mmap errno into a user-facing error.
    public init(name: String, file: FileDescriptor, path: String, fileOffset: UInt64 = 0, length: UInt64,
                physicalBase: UInt64?, writable: Bool,
                explain: (_ operation: String, _ errno: SystemError) -> AccessError) throws(AccessError) {
        guard length > 0 else {
            file.close()
            throw AccessError(.outOfRange, operation: "map \(path): the region is empty (0 bytes)", path: path)
        }
        let page = UInt64(sysconf(Int32(_SC_PAGESIZE)))
        let alignedOffset = fileOffset / page * page
        let slack = fileOffset - alignedOffset
        let (sum, overflow) = slack.addingReportingOverflow(length)
        guard !overflow, sum <= UInt64(Int.max) - page, fileOffset <= UInt64(Int64.max) else {
            file.close()
            throw AccessError(.outOfRange, operation: "map \(path): \(length) bytes at offset 0x\(hex(fileOffset, 1)) is not representable", path: path)
        }
        let total = (sum + page - 1) / page * page
        switch file.map(length: Int(total), offset: alignedOffset, writable: writable) {
        case .failure(let e):
            file.close()
            throw explain("mmap \(path) (\(length) bytes at offset 0x\(hex(fileOffset, 1)))", e)
        case .success(let p):
            mapping = p
        }
        self.name = name
        self.path = path
        self.length = length
        self.physicalBase = physicalBase
        self.isWritable = writable
        self.file = file
        self.mappingLength = Int(total)
        self.slack = Int(slack)
        VolatileAccess.installFaultGuard()   // before any read: `read` relies on it
    }

    /// Maps `length` bytes of the plain file `path` (a `file:` target), opened through the
    /// file-access layer as a `.plainFile`.
    public convenience init(name: String, path: String, fileOffset: UInt64 = 0, length: UInt64,
                            physicalBase: UInt64?, writable: Bool,
                            explain: (_ operation: String, _ errno: SystemError) -> AccessError) throws(AccessError) {
        let file = try Self.openPlainFile(path, writable: writable, explain: explain)
        try self.init(name: name, file: file, path: path, fileOffset: fileOffset, length: length,
                      physicalBase: physicalBase, writable: writable, explain: explain)
    }

    /// Opens a `file:` target's file through the file-access layer (`.plainFile`; read-write
    /// with O_SYNC when `writable`), an errno worded by `explain`. Also `TargetResolver`'s
    /// open of `file:` targets. A helper rather than inline: Swift 6.3's optimizer crashed
    /// on the do/catch inside the convenience initializer.
    static func openPlainFile(_ path: String, writable: Bool,
                                      explain: (_ operation: String, _ errno: SystemError) -> AccessError) throws(AccessError) -> FileDescriptor {
        let result: Result<FileDescriptor, FileAccessError>
        do {
            result = .success(try FileIO.open(path, role: .plainFile, mode: writable ? .readWriteSync : .read))
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success(let file): return file
        case .failure(let error):
            if let e = error.errno { throw explain("open \(path)", e) }
            throw AccessError(error)
        }
    }

    deinit {
        munmap(mapping, mappingLength)
        file.close()
    }

    public func read(at offset: UInt64, width: AccessWidth) throws(AccessError) -> UInt64 {
        // Fast path: a mapping takes every width, so an aligned access inside the space
        // needs no more checks; anything else goes to `validate` for its precise error.
        let size = UInt64(width.bytes)
        if offset & (size &- 1) != 0 || offset >= length || size > length &- offset {
            try validate(offset: offset, width: width)
        }
        // One exact-width load through CMMIO's fast guarded reads (the guard was installed
        // when the space was made): no per-read setup, a fault resumes at a fixup.
        let p = UnsafeRawPointer(mapping + slack + Int(offset))
        switch width {
        case .bits8:
            var v: UInt8 = 0
            if cmmio_fast_read8(p, &v) == 0 { return UInt64(v) }
        case .bits16:
            var v: UInt16 = 0
            if cmmio_fast_read16(p, &v) == 0 { return UInt64(v) }
        case .bits32:
            var v: UInt32 = 0
            if cmmio_fast_read32(p, &v) == 0 { return UInt64(v) }
        case .bits64:
            var v: UInt64 = 0
            if cmmio_fast_read64(p, &v) == 0 { return v }
        }
        var fault = cmmio_fault()
        cmmio_last_fault(&fault)
        throw faultError(MMIOFault(fault), "read", offset, width)
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
