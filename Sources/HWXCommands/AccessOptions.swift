import ArgumentParser
import MMIOCore

/// Opens targets for the access verbs on the machine the global options name.
struct TargetOpener {
    let machine: Machine
    let resolver: TargetResolver

    init(global: GlobalOptions, writable: Bool) {
        machine = global.loadMachine(names: false)
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
