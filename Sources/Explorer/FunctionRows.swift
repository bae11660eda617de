import MMIOCore
import Synchronization

/// The BAR and config-space rows of each function of a `MachineTree`, made once on first
/// use (a reference shared by copies of the tree, so a row made for one is made for all).
final class FunctionRows: Sendable {
    struct Rows: Sendable {
        var ids: [NodeID] = []
        var nodes: [NodeID: TreeNode] = [:]
    }

    private let made = Mutex<[PCIAddress: Rows]>([:])

    func rows(of address: PCIAddress, make: () -> Rows) -> Rows {
        if let rows = made.withLock({ $0[address] }) { return rows }
        let rows = make()
        made.withLock { $0[address] = rows }
        return rows
    }
}
