#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What `fstat(2)` says about an open file: its type and size (inode(7), `st_mode & S_IFMT`).
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable, CustomStringConvertible {
        case regular
        case directory
        case symlink
        case fifo
        case socket
        case characterDevice(major: UInt32, minor: UInt32)
        case blockDevice(major: UInt32, minor: UInt32)
        case unknown

        public var description: String {
            switch self {
            case .regular: "a regular file"
            case .directory: "a directory"
            case .symlink: "a symbolic link"
            case .fifo: "a FIFO (named pipe)"
            case .socket: "a socket"
            case .characterDevice(let major, let minor): "a character device (\(major):\(minor))"
            case .blockDevice(let major, let minor): "a block device (\(major):\(minor))"
            case .unknown: "a file of unknown type"
            }
        }
    }

    public let kind: Kind
    /// `st_size`: bytes of a regular file; sysfs attributes say 4096 (a page) whatever they
    /// hold, sysfs `config` 256 or 4096, `resourceN` the BAR's size, procfs files 0.
    public let size: UInt64
    /// `st_dev` and `st_ino`: the file's identity (to check a second open found the same file).
    public let device: UInt64
    public let inode: UInt64

    init(_ st: stat) {
        let dev = UInt64(st.st_rdev)
        // gnu_dev_major/minor (sys/sysmacros.h), written out: Swift sees no macros.
        let major = UInt32(truncatingIfNeeded: ((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfff))
        let minor = UInt32(truncatingIfNeeded: (dev & 0xff) | ((dev >> 12) & ~0xff))
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR: kind = .characterDevice(major: major, minor: minor)
        case S_IFBLK: kind = .blockDevice(major: major, minor: minor)
        default: kind = .unknown
        }
        size = st.st_size > 0 ? UInt64(st.st_size) : 0
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    /// `fstat(2)` of `fd`.
    static func of(_ fd: Int32) -> Result<FileStatus, SystemError> {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(SystemError(errno)) }
        return .success(FileStatus(st))
    }
}
