#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Small POSIX file helpers (Foundation-free, so the core stays light in the static
/// guest binary). They report failure as `nil`/`errno`, never by printing.
public enum FileIO {
    /// Reads a whole file. procfs files report size 0 and sysfs attributes 4096 whatever
    /// their content, so this reads until EOF, starting from the size `fstat` reports.
    public static func readAll(_ path: String, limit: Int = 64 << 20) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        let knownSize = fstat(fd, &st) == 0 && st.st_size > 0 ? Int(st.st_size) : nil
        // sysfs attributes claim 4096 bytes but hold a line; start small for those.
        let hint = knownSize.map { $0 > 4096 ? $0 + 1 : 256 } ?? 256
        var out = [UInt8](repeating: 0, count: min(max(hint, 64), limit))
        var filled = 0
        while filled < limit {
            // A file that reports a size (regular files; sysfs attributes, which return the
            // whole value in one read) is done after a short read: skip the extra read for EOF.
            // procfs reports 0 and is read until read() returns 0.
            if knownSize != nil && filled > 0 && filled < out.count { break }
            if filled == out.count {
                out.append(contentsOf: repeatElement(0, count: min(out.count, limit - out.count)))
            }
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                if filled == 0 { return nil }
                break
            }
            if n == 0 { break }
            filled += n
        }
        out.removeSubrange(filled...)
        return out
    }

    /// Reads a sysfs attribute: the kernel returns the whole value (at most a page) in the
    /// first `read`, so this is open, one read, close — no `fstat`, no read for EOF. A
    /// longer file (a capture's regular file, say) is read on to the end.
    public static func readAttribute(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: 4096)
        var filled = 0
        while true {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                if filled == 0 { return nil }
                break
            }
            filled += n
            if n == 0 || filled < out.count { break }
            out.append(contentsOf: repeatElement(0, count: out.count))
        }
        out.removeSubrange(filled...)
        return out
    }

    /// Like `readAll` but returns the errno on failure (`readAll` leaves the errno of the
    /// failing open or read in place: a successful close does not change it).
    public static func readAllOrErrno(_ path: String) -> Result<[UInt8], SystemError> {
        readAll(path).map { .success($0) } ?? .failure(SystemError(errno))
    }

    public static func list(_ path: String, sorted: Bool = true) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return sorted ? names.sorted() : names
    }

    public static func readLink(_ path: String) -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buf, buf.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public static func size(_ path: String) -> UInt64? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return UInt64(st.st_size)
    }

    /// Writes a whole file (create/truncate), returning the errno on failure.
    @discardableResult
    public static func write(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) -> SystemError? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { return SystemError(errno) }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return SystemError(errno)
            }
            done += n
        }
        return nil
    }

    /// `mkdir -p`.
    @discardableResult
    public static func makeDirectories(_ path: String) -> SystemError? {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { return SystemError(errno) }
        }
        return nil
    }
}

/// An errno with its symbolic name and message, e.g. `EINVAL (Invalid argument, errno 22)`.
public struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: Int32
    public init(_ code: Int32) { self.code = code }

    public var name: String {
        switch code {
        case EPERM: "EPERM"
        case ENOENT: "ENOENT"
        case EIO: "EIO"
        case ENXIO: "ENXIO"
        case EBADF: "EBADF"
        case ENOMEM: "ENOMEM"
        case EACCES: "EACCES"
        case EFAULT: "EFAULT"
        case EBUSY: "EBUSY"
        case EEXIST: "EEXIST"
        case ENODEV: "ENODEV"
        case ENOTDIR: "ENOTDIR"
        case EISDIR: "EISDIR"
        case EINVAL: "EINVAL"
        case EROFS: "EROFS"
        case ENOSPC: "ENOSPC"
        case EOVERFLOW: "EOVERFLOW"
        case EOPNOTSUPP: "EOPNOTSUPP"
        default: "errno \(code)"
        }
    }

    public var message: String { String(cString: strerror(code)) }

    public var description: String { "\(name) (\(message), errno \(code))" }
}
