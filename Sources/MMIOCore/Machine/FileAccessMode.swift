/// How a file is opened. All opens are non-blocking (`O_NONBLOCK`: a FIFO can never hang
/// hwx), close-on-exec and without a controlling terminal.
public enum FileAccessMode: Sendable, Equatable {
    case read
    case readWrite
    /// `O_SYNC` too: each store to a mapped BAR or /dev/mem window reaches the device.
    case readWriteSync
    /// Append to a regular file, creating it with `permissions` when missing.
    case append(permissions: UInt32)
    /// Create or truncate a regular file with `permissions`.
    case create(permissions: UInt32)

    var writes: Bool { self != .read }
}
