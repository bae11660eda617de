extension Machine {
    /// The PCI function at `address`, or the error a user can act on: where hwx looked (the
    /// dump, or `/sys/bus/pci/devices` under the root) and which functions are there. One
    /// lookup for targets (`TargetResolver`) and for `show`.
    public func requireFunction(_ address: PCIAddress) throws(AccessError) -> PCIFunction {
        if let f = function(address) { return f }
        throw AccessError(.notFound, operation: "no PCI function \(address) in \(functionSource)",
                          fix: functions.isEmpty ? .advice("this machine shows no PCI functions in sysfs")
                            : .choosePCIFunction(known: Array(functions.prefix(12).map(\.address)), more: functions.count > 12))
    }

    /// Where this machine's PCI functions come from, for messages: `the dump FILE`, or the
    /// sysfs directory (`/sys/bus/pci/devices`, under `--root DIR` for a capture).
    public var functionSource: String {
        if let first = functions.first, first.sysfsPath.hasPrefix("dump:") {
            return "the dump " + first.sysfsPath.dropFirst(5).split(separator: ":").dropLast().joined(separator: ":")
        }
        return root.path("/sys/bus/pci/devices")
    }
}
