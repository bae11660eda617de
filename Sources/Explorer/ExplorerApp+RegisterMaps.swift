import MMIOCore

extension ExplorerApp {
    /// Maps known to the TUI: the built-in ones and the user's `$XDG_CONFIG_HOME/hwx/maps/`.
    static let registerMaps = RegisterMapCatalog.load()

    /// Labels for a live view of `target` when a register map describes it: a BAR of a
    /// function with a map, or a `phys:` window starting at an iomem region with a map
    /// (`HPET 0`, `Local APIC`); nil for config space and unmapped ranges.
    func registerLabels(for target: Target, space: any RegisterSpace) -> (any RegisterLabelProvider)? {
        switch target {
        case .bar(let address, let index, _):
            guard let function = machine.function(address), let map = Self.registerMaps.map(for: function, bar: index) else { return nil }
            return MapRegisterLabels(map: map, space: space)
        case .physical(let address):
            guard let chain = machine.iomem?.path(containing: address),
                  let map = chain.reversed().lazy.filter({ $0.start == address }).compactMap({ Self.registerMaps.map(forRegionNamed: $0.name) }).first
            else { return nil }
            return MapRegisterLabels(map: map, space: space)
        default:
            return nil
        }
    }
}
