import MMIOCore

/// Captured q35 machines under Tests/Fixtures (made by scripts/capture-to-root.py from the
/// QEMU lab's captures): `q35` (7 drivers bound), `q35-nodrivers`, `q35-nonroot`.
enum Fixtures {
    static let directory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    static func root(_ name: String) -> MachineRoot { MachineRoot(directory + "/" + name) }
}
