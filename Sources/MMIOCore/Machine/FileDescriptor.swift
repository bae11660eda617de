#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// An open file of a machine (or a file the user named), in the spirit of swift-system's
/// `FileDescriptor`: a typed wrapper over the raw descriptor whose operations retry on
/// EINTR and report failure as a `SystemError` captured before anything else runs.
///
/// Only `PathResolver` makes one (every open of hwx goes through it). The owner closes it
/// exactly once (`close()`); the register spaces keep theirs for their lifetime.
public struct FileDescriptor: Sendable, Equatable {
    public let rawValue: Int32
    /// What `fstat` said right after the open, checked against the open's `FileRole`.
    public let status: FileStatus

    init(rawValue: Int32, status: FileStatus) {
        self.rawValue = rawValue
        self.status = status
    }

    /// The whole file, at most `role.readLimit` bytes: more is an error (`tooLarge`), never
    /// a silent cut. A file whose `fstat` size is known (regular files; sysfs attributes,
    /// which return their value in one read) is done after the first short read; procfs
    /// files (size 0) are read to EOF. `path` and `root` are for the error.
    public func readWhole(role: FileRole, path: String, root: String?) throws(FileAccessError) -> [UInt8] {
        let limit = role.readLimit ?? 0
        func fail(_ problem: FileAccessError.Problem) -> FileAccessError {
            FileAccessError("read", path: path, role: role, problem: problem, root: root)
        }
        let known = status.size > 0
        if known && status.size > UInt64(limit) { throw fail(.tooLarge(limit: limit)) }
        // Room for one byte past the limit, so that a file longer than the limit is seen.
        var capacity = known ? Int(status.size) + 1 : min(limit + 1, 16 << 10)
        var out = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while true {
            let asked = capacity - filled
            let result = out.withUnsafeMutableBytes { read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            let n: Int
            switch result {
            case .success(let count): n = count
            case .failure(let e): throw fail(.system(e))
            }
            filled += n
            if filled > limit { throw fail(.tooLarge(limit: limit)) }
            if n == 0 || (known && n < asked) { break }
            if filled == capacity {
                capacity = min(capacity * 2, limit + 1)
                out.append(contentsOf: repeatElement(0, count: capacity - out.count))
            }
        }
        out.removeSubrange(filled...)
        return out
    }

    /// `read(2)` into `buffer`, retried on EINTR.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, SystemError> {
        while true {
            let n = Glibc.read(rawValue, buffer.baseAddress, buffer.count)
            if n >= 0 { return .success(n) }
            let e = errno
            if e != EINTR { return .failure(SystemError(e)) }
        }
    }

    /// `pread(2)` of `count` bytes at `offset`, retried on EINTR; the number of bytes read.
    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) -> Result<Int, SystemError> {
        guard let off = off_t(exactly: offset) else { return .failure(SystemError(EOVERFLOW)) }
        while true {
            let n = pread(rawValue, buffer.baseAddress, buffer.count, off)
            if n >= 0 { return .success(n) }
            let e = errno
            if e != EINTR { return .failure(SystemError(e)) }
        }
    }

    /// `pwrite(2)` at `offset`, retried on EINTR; the number of bytes written.
    public func write(_ buffer: UnsafeRawBufferPointer, at offset: UInt64) -> Result<Int, SystemError> {
        guard let off = off_t(exactly: offset) else { return .failure(SystemError(EOVERFLOW)) }
        while true {
            let n = pwrite(rawValue, buffer.baseAddress, buffer.count, off)
            if n >= 0 { return .success(n) }
            let e = errno
            if e != EINTR { return .failure(SystemError(e)) }
        }
    }

    /// Writes all of `bytes` at the current position (append mode: at the end), retried on
    /// EINTR and on short writes.
    public func writeAll(_ bytes: [UInt8]) -> SystemError? {
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { Glibc.write(rawValue, $0.baseAddress, $0.count) }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                return SystemError(e)
            }
            if n == 0 { return SystemError(EIO) }
            done += n
        }
        return nil
    }

    /// `fsync(2)`, retried on EINTR.
    public func sync() -> SystemError? {
        while fsync(rawValue) != 0 {
            let e = errno
            if e != EINTR { return SystemError(e) }
        }
        return nil
    }

    /// `ftruncate(2)` to `size` bytes (a sparse file when growing).
    public func truncate(to size: UInt64) -> SystemError? {
        guard let length = off_t(exactly: size) else { return SystemError(EOVERFLOW) }
        while ftruncate(rawValue, length) != 0 {
            let e = errno
            if e != EINTR { return SystemError(e) }
        }
        return nil
    }

    /// `mmap(2)` of `length` bytes at page-aligned `offset`, shared; nil pointer never returned.
    public func map(length: Int, offset: UInt64, writable: Bool) -> Result<UnsafeMutableRawPointer, SystemError> {
        guard let off = off_t(exactly: offset) else { return .failure(SystemError(EOVERFLOW)) }
        let prot = writable ? (PROT_READ | PROT_WRITE) : PROT_READ
        let p = mmap(nil, length, prot, MAP_SHARED, rawValue, off)
        guard let p, p != MAP_FAILED else { return .failure(SystemError(errno)) }
        return .success(p)
    }

    /// Closes the descriptor. Errors of close(2) are ignored: on Linux the descriptor is
    /// gone either way, and callers capture the errno of the failing call before closing.
    public func close() {
        _ = Glibc.close(rawValue)
    }
}
