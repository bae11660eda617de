/// The one escaper for text hwx shows on a terminal (CLI output, TUI cells, error messages)
/// that came from outside: region names in /proc/iomem and /proc/ioports, pci.ids names,
/// register map names, journal fields, file names. A control character there would reach
/// the terminal as a command (ESC starts a sequence, ECMA-48 §5.3; BEL rings), so each one
/// is shown as `\xNN` instead: C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls
/// (U+0080–U+009F, ECMA-48 §5.2), by scalar value.
public enum TerminalSafe {
    /// `text` with its control characters written `\xNN` (`"a\u{1b}[2J"` → `a\x1b[2J`).
    /// - Parameter keepingLayout: keep LF and TAB as they are: for whole output
    ///   documents whose lines and tab stops hwx made itself; names are escaped whole.
    public static func escape(_ text: some StringProtocol, keepingLayout: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepingLayout) }) else { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar, keepingLayout) {
                out += "\\x" + hex(UInt64(scalar.value), 2)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isControl(_ s: Unicode.Scalar, _ keepingLayout: Bool) -> Bool {
        switch s.value {
        case 0x0a, 0x09: !keepingLayout
        case 0x00...0x1f, 0x7f, 0x80...0x9f: true
        default: false
        }
    }
}
