import FixText
import MMIOCore

extension ShowCommand {
    /// `hwx show <device> --msix [--json]`: the MSI-X table read live from the BAR the
    /// capability names (aligned DWORD reads): per entry the message address, data, vector
    /// control and mask bit, and the entry's pending bit from the PBA.
    static func renderMSIX(machine: Machine, device: String?, json: Bool) throws(CommandFailure) -> String {
        guard let device else { throw CommandFailure.usage("--msix needs a device, e.g. hwx show 00:03.0 --msix") }
        guard let address = PCIAddress(parsing: device) else {
            throw CommandFailure.usage("'\(device)' is not a PCI address: use DDDD:BB:DD.F or BB:DD.F, e.g. 00:03.0")
        }
        let f = try lookUp(address, in: machine)
        guard let cap = MSIXCapability.find(in: f.config) else {
            throw CommandFailure.failure("\(address.display) has no MSI-X capability" + (f.config.count <= 64 ? " readable: only the first \(f.config.count) bytes of config space could be read (run as root)" : "") + " (hwx show \(address.display) lists its capabilities)")
        }
        let table = try readMSIX(cap, function: f, machine: machine)
        if json { return table.json.render() + "\n" }
        return msixText(table, address: address)
    }

    static func readMSIX(_ cap: MSIXCapability, function f: PCIFunction, machine: Machine) throws(CommandFailure) -> MSIXTable {
        let resolver = TargetResolver(machine: machine, writable: false)
        do {
            let table = try resolver.open(.bar(f.address, index: cap.tableBAR, offset: 0)).space
            let pba = cap.pbaBAR == cap.tableBAR ? table : try resolver.open(.bar(f.address, index: cap.pbaBAR, offset: 0)).space
            return MSIXTable.read(cap, table: table, pba: pba)
        } catch {
            throw CommandFailure.access(error)
        }
    }

    static func msixText(_ t: MSIXTable, address: PCIAddress) -> String {
        let c = t.capability
        var out = "\(address.display) MSI-X: \(c.count) entr\(c.count == 1 ? "y" : "ies"), \(c.enabled ? "enabled" : "disabled")"
            + (c.functionMasked ? ", function masked" : "")
            + ", table BAR\(c.tableBAR)+0x\(hex(c.tableOffset, 1)), PBA BAR\(c.pbaBAR)+0x\(hex(c.pbaOffset, 1))\n"
        out += "entry  address             data        control     mask    pending\n"
        func h(_ v: UInt32?) -> String { v.map { "0x" + hex(UInt64($0), 8) } ?? "??????????" }
        for e in t.entries {
            let index = String(e.index)
            out += index + String(repeating: " ", count: max(1, 7 - index.count))
            out += (e.address.map { "0x" + hex($0, 16) } ?? "??????????????????") + "  " + h(e.data) + "  " + h(e.vectorControl) + "  "
            out += (e.masked.map { $0 ? "masked" : "-     " } ?? "?     ") + "  " + (e.pending.map { $0 ? "pending" : "-" } ?? "?") + "\n"
        }
        if let error = t.error { out += "error: " + FixText.cli.explain(error) + "\n" }
        return out
    }
}
