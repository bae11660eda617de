/// Why an access failed, in terms a user can act on: what failed, the path, the errno,
/// and the fix as data (`Fix`; the front ends word it, see `FixText`). Hardware quirks are data: a SIGBUS on a vanished mapping, an EINVAL from
/// a driver-owned BAR, or all-ones reads are reported, never fatal.
public struct AccessError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable, Codable {
        case notPermitted          // EACCES/EPERM: not root
        case lockdown              // kernel lockdown refuses /dev/mem, /dev/port, BAR mmap
        case driverOwned           // EINVAL on mmap of resourceN under CONFIG_IO_STRICT_DEVMEM
        case noResourceFile        // the kernel/VM exposes no resourceN for this BAR
        case ioBarNotMappable      // I/O BAR: use port access
        case misaligned
        case outOfRange
        case unsupportedWidth
        case fault                 // SIGBUS/SIGSEGV during the access
        case systemError           // any other errno
        case notFound              // device, BAR or file does not exist
        case readOnly              // writing is not enabled
        case journalUnavailable    // the write's intent could not be made durable: nothing written
        case refusedFile           // not the file the access expects: wrong type, too large, a link out of the root
    }

    public var reason: Reason
    /// What was attempted, e.g. `mmap /sys/.../resource0 (16384 bytes)`.
    public var operation: String
    public var path: String?
    public var errno: SystemError?
    /// What the user can do about it; nil when nothing applies.
    public var fix: Fix?

    public init(_ reason: Reason, operation: String, path: String? = nil, errno: SystemError? = nil, fix: Fix? = nil) {
        self.reason = reason
        self.operation = operation
        self.path = path
        self.errno = errno
        self.fix = fix
    }

    /// One-line summary: `mmap /sys/.../resource0 failed: EINVAL (Invalid argument, errno 22)`.
    public var summary: String {
        var s = operation
        if let errno { s += " failed: \(errno)" }
        return s
    }

    /// The summary only: the fix needs a front end's words (`FixText`).
    public var description: String { summary }
}
