#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// printf-style formatting through the C library's `vsnprintf` (C11 §7.21.6.12), for the few
/// places hwx needs `%g` or `%.3f`. Foundation's `String(format:)` would do the same, but
/// importing Foundation links ICU's 34 MB data table into the static binary (README "Install").
public enum CFormat {
    /// `format` (a C format string) applied to `arguments`, e.g. `CFormat.string("%.3g", 2.5)`.
    public static func string(_ format: String, _ arguments: CVarArg...) -> String {
        withVaList(arguments) { first in
            var buffer = [CChar](repeating: 0, count: 64)
            let needed = Int(vsnprintf(&buffer, buffer.count, format, first))
            if needed < buffer.count { return text(buffer, needed) }
            // Longer than the first guess: a va_list is consumed once, so format again with a fresh one.
            return withVaList(arguments) { again in
                buffer = [CChar](repeating: 0, count: needed + 1)
                _ = vsnprintf(&buffer, buffer.count, format, again)
                return text(buffer, needed)
            }
        }
    }

    /// The first `count` bytes of `buffer` as UTF-8 text (vsnprintf's result without its NUL).
    private static func text(_ buffer: [CChar], _ count: Int) -> String {
        String(decoding: buffer.prefix(max(0, count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
