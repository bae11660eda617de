/// The functions of an `lspci -x`/`-xxx`/`-xxxx` text dump, in file order: each one's
/// address, the text after the address on its header line, and its config bytes.
public struct LspciDump: Sendable, Equatable {
    public struct Function: Sendable, Equatable {
        public let address: PCIAddress
        /// The rest of the header line (lspci writes the class and device name there).
        public let description: String
        public let config: ConfigSpace
        /// 1-based line number of the header line in the file.
        public let line: Int

        public init(address: PCIAddress, description: String, config: ConfigSpace, line: Int) {
            self.address = address
            self.description = description
            self.config = config
            self.line = line
        }
    }

    public let functions: [Function]

    public init(functions: [Function]) { self.functions = functions }
}
