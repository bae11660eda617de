/// Writes config space in the text format `lspci -x/-xxx/-xxxx` prints and `lspci -F` reads:
/// the address and a description on the header line, then `OFF: xx xx ...` lines of 16
/// bytes, then a blank line. Offsets print as at least two hex digits (`00:`, `f0:`, `100:`).
public enum LspciDumpWriter {
    /// One function's block, ending with the blank line that separates functions.
    public static func write(address: PCIAddress, description: String, config: ConfigSpace) -> String {
        var out = address.display
        if !description.isEmpty { out += " " + description }
        out += "\n"
        var offset = 0
        while offset < config.count {
            let end = min(offset + 16, config.count)
            out += hex(offset, 2) + ":"
            for i in offset..<end { out += " " + hex(config.bytes[i], 2) }
            out += "\n"
            offset = end
        }
        return out + "\n"
    }

    /// A whole dump, functions in the given order.
    public static func write(_ dump: LspciDump) -> String {
        dump.functions.map { write(address: $0.address, description: $0.description, config: $0.config) }.joined()
    }
}
