import MMIOCore

/// Number formatting shared by the panes, so every screen spells values the same way.
enum Formatting {
    /// `1M`, `16K` when exact, else one decimal (`638.9K`): the core's `compactSize`.
    static func size(_ bytes: UInt64) -> String { compactSize(bytes) }

    /// `start-end` as the kernel prints it in /proc/iomem (8 digits) or ioports (4).
    static func range(_ start: UInt64, _ end: UInt64, kind: ResourceMap.Kind) -> String {
        let digits = kind == .iomem ? 8 : 4
        return hex(start, digits) + "-" + hex(end, digits)
    }

    /// Pads or cuts `text` to exactly `width` scalars.
    static func fit(_ text: String, _ width: Int) -> String {
        let n = text.unicodeScalars.count
        if n == width { return text }
        if n < width { return text + String(repeating: " ", count: width - n) }
        guard width > 0 else { return "" }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(width - 1))) + "…"
    }

    /// Parses a number typed at a prompt with the one number syntax of hwx (`NumberSyntax`:
    /// `0x1f`, `31`, `0b11`), spaces around it ignored.
    static func parseNumber(_ text: String) throws(NumberSyntax.Problem) -> UInt64 {
        try NumberSyntax.parse(text.trimmingWhitespace())
    }
}
