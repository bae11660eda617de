import Foundation
import MMIOCore

/// The captured q35 machines under Tests/Fixtures, and the pci.ids subset that keeps
/// names stable whatever pci.ids the test machine has installed.
enum Fixtures {
    static let directory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    /// The fixtures seen through a fixed-length symlink (`/tmp/hwx-fx-<hash>`), so screens
    /// that show paths clip the same way in every checkout.
    static let stableDirectory: String = {
        var h: UInt32 = 2166136261
        for b in directory.utf8 { h = (h ^ UInt32(b)) &* 16777619 }
        let hexHash = String(h, radix: 16)
        let link = "/tmp/hwx-fx-" + String(repeating: "0", count: 8 - hexHash.count) + hexHash
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) != directory {
            try? FileManager.default.removeItem(atPath: link)
            try? FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory)
        }
        return link
    }()

    static func root(_ name: String) -> MachineRoot { MachineRoot(stableDirectory + "/" + name) }

    static var pciIDs: String { stableDirectory + "/pci.ids.subset" }

    static func machine(_ name: String = "q35") -> Machine {
        Machine.load(root: root(name), pciIDs: pciIDs)
    }
}
