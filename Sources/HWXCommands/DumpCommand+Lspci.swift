import ArgumentParser
import MMIOCore

/// `hwx dump <device>/config --format lspci`: the function's config space as `lspci -x`
/// (64 bytes), `-xxx` (256) or `-xxxx` (4096) would print it, so lspci -F and
/// `hwx --from-dump` read it back.
enum DumpFormat: String, ExpressibleByArgument, CaseIterable {
    case hex, lspci
}

extension DumpCommand {
    func runLspciFormat(_ parsed: Target) throws(CommandFailure) {
        guard case .config(let address, let offset) = parsed, offset == 0 else {
            throw CommandFailure.usage("--format lspci dumps a whole config space: use <device>/config, e.g. 00:03.0/config")
        }
        var limit: Int?
        if let length {
            guard let n = try parseNumber(length, "--length"), n > 0 else { throw CommandFailure.usage("--length must be at least 1") }
            limit = Int(min(n, 4096))
        }
        let machine = try global.loadMachineReportingDumpErrors()
        printOut(try Self.lspciText(machine: machine, address: address, length: limit), terminator: "")
    }

    /// One function's block in lspci's dump format (header line, `OFF: xx ...` lines, blank line).
    static func lspciText(machine: Machine, address: PCIAddress, length: Int? = nil) throws(CommandFailure) -> String {
        guard let function = machine.function(address) else {
            throw CommandFailure.failure("no PCI function \(address.display) (hwx list pci lists them)")
        }
        var config = function.config
        if config.count == 0 {
            throw CommandFailure.failure("config space of \(address.display) could not be read (\(function.sysfsPath)/config); run as root")
        }
        if let length { config = ConfigSpace(bytes: Array(config.bytes.prefix(length))) }
        let title = ShowTextRenderer.titleLine(DecodedFunction.decode(address: address, config: config), names: machine.names)
        let description = String(title.drop { $0 != " " }.dropFirst())
        return LspciDumpWriter.write(address: address, description: description, config: config)
    }
}
