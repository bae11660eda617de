import Synchronization

/// The full functions of a machine loaded with `PCIDetail.summary`, each read from sysfs
/// the first time it is asked for (the TUI's details pane, a BAR row, a target) and kept.
/// The TUI draws its first frame from the summaries and reads a function whole only when
/// it is shown.
final class FunctionDetails: Sendable {
    private let enumerator: PCIEnumerator
    private let loaded = Mutex<[PCIAddress: PCIFunction]>([:])

    init(root: MachineRoot) { enumerator = PCIEnumerator(root: root) }

    /// The function read whole, nil when its directory is gone.
    func function(_ address: PCIAddress) -> PCIFunction? {
        if let f = loaded.withLock({ $0[address] }) { return f }
        guard let f = enumerator.function(at: address) else { return nil }
        loaded.withLock { $0[address] = f }
        return f
    }
}
