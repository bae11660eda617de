/// Line-drawing characters: Unicode light box drawing (U+2500 block), or ASCII when the
/// terminal's locale is not UTF-8 (ncurses silently drops non-ASCII cells there).
public struct BoxCharacters: Sendable, Equatable {
    public var horizontal: Unicode.Scalar
    public var vertical: Unicode.Scalar
    public var topLeft: Unicode.Scalar
    public var topRight: Unicode.Scalar
    public var bottomLeft: Unicode.Scalar
    public var bottomRight: Unicode.Scalar
    public var teeDown: Unicode.Scalar
    public var teeUp: Unicode.Scalar

    public static let unicode = BoxCharacters(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                              bottomLeft: "└", bottomRight: "┘", teeDown: "┬", teeUp: "┴")
    public static let ascii = BoxCharacters(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                            bottomLeft: "+", bottomRight: "+", teeDown: "+", teeUp: "+")

    /// ASCII stand-in for a non-ASCII scalar, used when the terminal is not UTF-8.
    public static func asciiFallback(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return s }
        switch s {
        case "─", "━", "═": return "-"
        case "│", "┃", "║": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
        case "▸", "►", "→": return ">"
        case "▾", "▼": return "v"
        case "◂", "←": return "<"
        case "·", "•": return "."
        case "…": return "~"
        case "≈": return "~"
        default: return "?"
        }
    }
}
