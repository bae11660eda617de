#if canImport(Glibc)
import Glibc
#endif

/// Raw writes to standard output (fd 1) for output that streams in large chunks (dump,
/// max-rate watch), bypassing stdio buffering. Anything printed with `print` before must
/// be flushed first (`flushPrinted`).
enum StandardOutput {
    /// Writes all of `bytes`, retrying short writes and EINTR. False when the reader went
    /// away (EPIPE) or another error stopped it.
    @discardableResult
    static func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var p = bytes.baseAddress else { return true }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(1, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            p += n
            left -= n
        }
        return true
    }

    @discardableResult
    static func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Flushes stdio's buffer (what `print` wrote) before raw writes follow it.
    static func flushPrinted() {
        fflush(nil)
    }
}
