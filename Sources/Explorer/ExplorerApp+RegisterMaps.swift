import MMIOCore

extension ExplorerApp {
    /// Maps known to the TUI: the built-in ones and the user's `$XDG_CONFIG_HOME/hwx/maps/`.
    static let registerMaps = RegisterMapCatalog.load()

    /// Labels for a live view of `target` when a register map describes it (a BAR of a
    /// function with a map); nil for config space and unmapped BARs.
    func registerLabels(for target: Target, space: any RegisterSpace) -> (any RegisterLabelProvider)? {
        guard case .bar(let address, let index, _) = target, let function = machine.function(address),
              let map = Self.registerMaps.map(for: function, bar: index) else { return nil }
        return MapRegisterLabels(map: map, space: space)
    }
}
