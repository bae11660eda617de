import ArgumentParser
import MMIOCore

/// Opens targets for the access verbs on the machine the global options name.
struct TargetOpener {
    let machine: Machine
    let resolver: TargetResolver

    /// - Parameter targets: what will be opened; when every one is a `file:` target nothing
    ///   of the machine is read (a file is opened as the user named it).
    init(global: GlobalOptions, writable: Bool, targets: [Target]) throws(CommandFailure) {
        let onlyFiles = !targets.isEmpty && targets.allSatisfy {
            if case .file = $0 { return true }
            return false
        }
        if onlyFiles {
            machine = Machine(root: global.machineRoot, iomem: nil, ioports: nil, functions: [], names: PCIIDs())
        } else {
            machine = try global.loadMachine(names: false)
        }
        resolver = RegisterNaming.configure(TargetResolver(machine: machine, writable: writable), global: global)
    }

    func open(_ target: Target, span: UInt64) throws(CommandFailure) -> ResolvedTarget {
        do {
            return try resolver.open(target, span: span)
        } catch {
            throw CommandFailure.access(error)
        }
    }
}
