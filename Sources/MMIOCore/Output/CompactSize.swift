/// Sizes for humans in address-map listings, shared by the CLI and the TUI: exact binary
/// units when they divide (`16K`, `1M`), otherwise one decimal (`254.1M`), bytes below 1K.
/// (`humanSize` is lspci's exact-only notation for BAR sizes.)
public func compactSize(_ bytes: UInt64) -> String {
    let units: [(UInt64, String)] = [(1 << 40, "T"), (1 << 30, "G"), (1 << 20, "M"), (1 << 10, "K")]
    for (unit, suffix) in units where bytes >= unit {
        if bytes % unit == 0 { return "\(bytes / unit)\(suffix)" }
        // Whole units and the remainder apart: `bytes * 10` overflows for sizes near 2^64
        // (a region spanning the whole address space), the parts never do.
        let tenths = bytes / unit * 10 + (bytes % unit * 10 + unit / 2) / unit
        return "\(tenths / 10).\(tenths % 10)\(suffix)"
    }
    return "\(bytes)"
}
