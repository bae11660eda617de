import Foundation
import Testing
@testable import HWXCommands

/// `hwx list` and `hwx dump` on the captured q35 machines, against golden text.
/// Regenerate a golden only after reading the diff: these are the CLI's contract.
@Suite struct CLIGoldenTests {
    let ids = ["--pci-ids", HWXProcess.fixtures + "/pci.ids.subset"]

    func root(_ name: String) -> [String] { ["--root", HWXProcess.fixtures + "/" + name] }

    @Test(arguments: [
        (["list", "pci", "--tree"], "q35", "list-pci-tree-q35"),
        (["list", "pci"], "q35-nodrivers", "list-pci-q35-nodrivers"),
        (["list", "iomem", "--tree"], "q35", "list-iomem-tree-q35"),
        (["list", "ioports", "--tree"], "q35", "list-ioports-tree-q35"),
        (["list", "iomem", "--tree"], "q35-nonroot", "list-iomem-tree-q35-nonroot"),
        (["list", "pci", "--json"], "q35", "list-pci-json-q35"),
        (["dump", "00:03.0/config", "--length", "64"], "q35", "dump-nvme-config-64"),
    ])
    func matchesGolden(_ arguments: [String], _ fixture: String, _ golden: String) throws {
        let result = try HWXProcess.run(arguments + root(fixture) + ids)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == (try HWXProcess.golden(golden)))
    }

    @Test func treeShowsRootPortWithBus01BelowIt() throws {
        let out = try HWXProcess.run(["list", "pci", "--tree"] + root("q35") + ids).stdout
        #expect(out.contains("├─ 00:08.0 PCI bridge [0604]: Red Hat, Inc. QEMU PCIe Root port [1b36:000c]  driver: pcieport  [bus 01]\n│  └─ 01:00.0 "))
    }

    @Test func iomemNestsNVMeUnderFunctionUnderBus() throws {
        let out = try HWXProcess.run(["list", "iomem", "--tree"] + root("q35")).stdout
        #expect(out.contains("c0000000-febfffff   1004M  PCI Bus 0000:00\n"))
        #expect(out.contains("\n  feb50000-feb53fff     16K  0000:00:03.0\n    feb50000-feb53fff     16K  nvme\n"))
    }

    @Test func nonRootListingSaysWhatIsMissing() throws {
        let result = try HWXProcess.run(["list", "iomem"] + root("q35-nonroot"))
        #expect(result.status == 0)
        #expect(result.stderr.contains("shows every address as zero to non-root readers"))
        #expect(result.stdout.contains("????????-????????       ?  PCI Bus 0000:00 > 0000:00:03.0 > nvme"))
    }

    @Test func noNamesGivesNumbers() throws {
        // An empty names file: numeric IDs (a missing --pci-ids FILE is an error, TextCLITests).
        let dir = try HWXProcess.copyFixture("q35")
        FileManager.default.createFile(atPath: dir + "/empty.ids", contents: Data())
        let result = try HWXProcess.run(["list", "pci", "--pci-ids", dir + "/empty.ids", "--root", dir])
        #expect(result.status == 0)
        #expect(result.stdout.contains("00:03.0 Class [0108]: Device [1b36:0010] (rev 02)  driver: nvme"))
    }

    @Test func flatIomemShowsOwnerPath() throws {
        let out = try HWXProcess.run(["list", "iomem"] + root("q35")).stdout
        #expect(out.contains("feb50000-feb53fff     16K  PCI Bus 0000:00 > 0000:00:03.0 > nvme\n"))
    }

    @Test func ioportsJSONIsATree() throws {
        let out = try HWXProcess.run(["list", "ioports", "--json"] + root("q35")).stdout
        let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
        #expect(json?["kind"] as? String == "ioports")
        let regions = json?["regions"] as? [[String: Any]]
        #expect(regions?.first?["start"] as? String == "0x0000")
        #expect((regions?.first?["children"] as? [Any])?.isEmpty == false)
    }
}

/// Global options may come before the verb, as the README writes them.
@Suite struct GlobalOptionPlacementTests {
    @Test func rootBeforeVerbEqualsRootAfter() throws {
        let fixture = HWXProcess.fixtures + "/q35"
        let before = try HWXProcess.run(["--root", fixture, "list", "pci", "--tree"])
        let after = try HWXProcess.run(["list", "pci", "--tree", "--root", fixture])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("01:00.0"))
        let equals = try HWXProcess.run(["--root=\(fixture)", "read", "00:02.0/bar0"])
        #expect(equals.stdout == "00:02.0/bar0+0x00  phys 0xfea00000  32-bit  0x010000ed\n")
    }

    @Test func argumentsWithoutVerbAreLeftAlone() {
        #expect(globalOptionsMovedAfterVerb(["--root", "/x"]) == ["--root", "/x"])
        #expect(globalOptionsMovedAfterVerb(["--root", "/x", "--write"]) == ["--root", "/x", "--write"])
        #expect(globalOptionsMovedAfterVerb(["--root", "/x", "maps", "show", "edu"]) == ["maps", "show", "edu", "--root", "/x"])
        #expect(globalOptionsMovedAfterVerb(["--pci-ids", "f", "write", "t", "1", "--", "x"]) == ["write", "t", "1", "--pci-ids", "f", "--", "x"])
    }
}
