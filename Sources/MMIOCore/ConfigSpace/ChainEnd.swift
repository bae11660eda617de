/// How a capability-list walk ended (PCI Local Bus 3.0 §6.7, PCIe Base 6.0 §7.6.3).
///
/// A real device may carry a broken chain; the walker never loops or reads outside the
/// buffer, and this value says why it stopped so a front end can explain it.
public enum ChainEnd: Sendable, Equatable {
    /// The last entry's next pointer was 0: the normal end.
    case terminated
    /// The function has no such list (Status.Cap- for the standard list, or no extended
    /// capability at 0x100: header 0 or all ones).
    case absent
    /// A next pointer led back to an offset already visited.
    case looped(at: Int)
    /// A pointer is not a legal place for a capability (`reason` says why: below 0x40,
    /// beyond the space, misaligned), or the walk ran out of its step budget.
    case broken(pointer: Int, reason: String)
    /// The pointer lies beyond the bytes that could be read: with only 64 bytes (non-root
    /// sysfs read, or an `lspci -x` dump) the capabilities are there but unreadable.
    case accessDenied(pointer: Int, readable: Int)

    /// A short code for JSON (`terminated`, `absent`, `looped`, `broken`, `access-denied`).
    public var code: String {
        switch self {
        case .terminated: "terminated"
        case .absent: "absent"
        case .looped: "looped"
        case .broken: "broken"
        case .accessDenied: "access-denied"
        }
    }

    /// Whether the end is a problem worth showing.
    public var isProblem: Bool {
        switch self {
        case .terminated, .absent: false
        default: true
        }
    }

    /// lspci's marker plus the reason and, where one exists, the fix.
    public var explanation: String {
        switch self {
        case .terminated: "end of list"
        case .absent: "no capability list"
        case .looped(let at): "[\(hex(at, 2))] <chain looped> - a next pointer leads back to a capability already listed"
        case .broken(let p, let reason): "[\(hex(p, 2))] <chain broken> - \(reason)"
        case .accessDenied(let p, let readable):
            "<access denied> capability at [\(hex(p, 2))] is beyond the \(readable) bytes that could be read; " +
            (readable <= 64 ? "sysfs gives non-root users only the first 64 bytes: run as root (or use an lspci -xxx/-xxxx dump)"
                            : "the dump or config file is truncated: capture it again with lspci -xxxx or as root")
        }
    }
}
