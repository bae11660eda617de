extension ConfigNameResolver {
    /// The map every named config register is shown through: PCI configuration space, its
    /// layouts from `ConfigHeaderLayout` and `CapabilityLayouts`.
    static let mapName = "pci-config"

    /// `<device>/config/NAME[.FIELD]` on `machine`: resolved on the function's config bytes
    /// (as enumerated from sysfs `config`, or from the dump), returned as a named register whose
    /// target is `<device>/config+OFF`, so reads, field writes and watches work as for maps.
    public static func namedRegister(_ address: PCIAddress, register: String, field: String?, machine: Machine) throws(AccessError) -> NamedRegister {
        guard let function = machine.function(address) else {
            throw AccessError(.notFound, operation: "no PCI function \(address.display) on this machine",
                              fix: .choosePCIFunction(known: Array(machine.functions.prefix(12).map(\.address)), more: machine.functions.count > 12))
        }
        let text = register + (field.map { "." + $0 } ?? "")
        let name: ConfigRegisterName
        do {
            name = try ConfigRegisterName.parse(text)
        } catch {
            throw AccessError(.notFound, operation: "config register \(error.problem)", fix: .advice("names are setpci's: COMMAND, STATUS, CAP_EXP+8.w, ECAP_AER+4.l"))
        }
        let resolved = try resolve(name, in: function.config, function: address)
        let definition = resolved.definition
        let map = RegisterMap(name: mapName, title: "PCI configuration space", spec: resolved.layout?.spec, selectors: [],
                              registers: [definition], source: "built-in: config-space layouts")
        return NamedRegister(map: map, register: definition, field: resolved.field,
                             target: .config(address, offset: UInt64(resolved.offset)), offset: UInt64(resolved.offset))
    }
}
