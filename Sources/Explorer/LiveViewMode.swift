/// How a live view shows its range.
public enum LiveViewMode: Sendable, Equatable {
    /// Offsets, words at the access width, ASCII column; 16 bytes per row.
    case hex
    /// One row per word: offset, hex, binary with bit positions, register name/fields.
    case registers
}
