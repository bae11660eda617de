import MMIOCore

/// The captured q35 machines under Tests/Fixtures, and the pci.ids subset that keeps
/// names stable whatever pci.ids the test machine has installed.
enum Fixtures {
    static let directory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    static func root(_ name: String) -> MachineRoot { MachineRoot(directory + "/" + name) }

    static let pciIDs = directory + "/pci.ids.subset"

    static func machine(_ name: String = "q35") -> Machine {
        Machine.load(root: root(name), pciIDs: pciIDs)
    }
}
