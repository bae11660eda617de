import MMIOCore

extension ExplorerApp {
    /// Maps known to the TUI when `ExplorerOptions.registerMaps` is nil: the built-in ones
    /// and the user's `$XDG_CONFIG_HOME/hwx/maps/`.
    static let registerMaps = RegisterMapCatalog.load()

    /// The maps in effect: the ones the command line loaded (`--maps DIR`), else the defaults.
    var registerMapCatalog: RegisterMapCatalog { options.registerMaps ?? Self.registerMaps }

    /// Labels for a live view of `target` when a register map describes it: a BAR of a
    /// function with a map, or a `phys:` window starting at an iomem region with a map
    /// (`HPET 0`, `Local APIC`); nil for config space and unmapped ranges.
    func registerLabels(for target: Target, space: any RegisterSpace) -> (any RegisterLabelProvider)? {
        let catalog = registerMapCatalog
        switch target {
        case .bar(let address, let index, _):
            guard let function = machine.function(address), let map = catalog.map(for: function, bar: index) else { return nil }
            return MapRegisterLabels(map: map, space: space)
        case .physical(let address):
            guard let chain = machine.iomem?.path(containing: address),
                  let map = chain.reversed().lazy.filter({ $0.start == address }).compactMap({ catalog.map(forRegionNamed: $0.name) }).first
            else { return nil }
            return MapRegisterLabels(map: map, space: space)
        default:
            return nil
        }
    }
}
