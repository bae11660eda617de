#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

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
        case ELOOP: "ELOOP"
        case EXDEV: "EXDEV"
        case EAGAIN: "EAGAIN"
        case EINTR: "EINTR"
        case ENOSYS: "ENOSYS"
        case ENAMETOOLONG: "ENAMETOOLONG"
        case EFBIG: "EFBIG"
        default: "errno \(code)"
        }
    }

    public var message: String { String(cString: strerror(code)) }

    public var description: String { "\(name) (\(message), errno \(code))" }
}
