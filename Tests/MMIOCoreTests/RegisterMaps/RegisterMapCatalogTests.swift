import Foundation
import Testing
@testable import MMIOCore

/// User map folders: loading, overriding built-ins, and broken files that do not stop the rest.
@Suite struct RegisterMapCatalogTests {
    func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-maps-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/hwx/maps", withIntermediateDirectories: true)
        return dir
    }

    @Test func userFolderAddsOverridesAndReportsBrokenFiles() throws {
        let config = try tempDir()
        let maps = config + "/hwx/maps"
        try """
        name: qemu-edu
        title: my edu
        applies-to: [{pci: 1234:11e8}]
        bar: 0
        registers:
          - {name: ID, offset: 0, width: 32}
        """.write(toFile: maps + "/edu.yaml", atomically: true, encoding: .utf8)
        try "name: broken\napplies-to: [{pci: 1234:11e8}]\nbar: 0\nregisters:\n  - {name: X, offset: 0, width: 33}\n"
            .write(toFile: maps + "/broken.yaml", atomically: true, encoding: .utf8)
        try "ignored".write(toFile: maps + "/notes.txt", atomically: true, encoding: .utf8)
        try String(contentsOfFile: Fixtures.directory + "/svd/qemu-edu.svd", encoding: .utf8)
            .write(toFile: maps + "/edu.svd", atomically: true, encoding: .utf8)
        let catalog = RegisterMapCatalog.load(environment: ["XDG_CONFIG_HOME": config])
        #expect(catalog.map(named: "qemu-edu")?.title == "my edu")
        #expect(catalog.map(named: "EDU")?.selectors == [.physical(0xfea0_0000)])
        #expect(catalog.map(named: "nvme") != nil)
        #expect(catalog.problems == [RegisterMapError(file: maps + "/broken.yaml", line: 5, field: "registers[0].width",
                                                      message: "\"33\" is not 8, 16, 32 or 64")])
    }

    @Test func missingExtraFolderIsAProblemNotACrash() {
        let catalog = RegisterMapCatalog.load(extraDirectories: ["/nonexistent/hwx-maps"], environment: [:])
        #expect(catalog.problems.map(\.file) == ["/nonexistent/hwx-maps"])
        #expect(catalog.maps.count == RegisterMapCatalog.shipped.maps.count)
    }

    @Test func userDirectoryFollowsXDG() {
        #expect(RegisterMapCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/hwx/maps")
        #expect(RegisterMapCatalog.userDirectory(environment: ["HOME": "/h"]) == "/h/.config/hwx/maps")
    }
}

/// Adding maps in batches keeps the one-at-a-time meaning: a later map of the same name
/// replaces the earlier one and counts as loaded last; lookups use the index.
@Suite struct RegisterMapCatalogBatchTests {
    func map(_ name: String, _ selectors: [MapSelector], bar: Int? = 0, title: String? = nil) -> RegisterMap {
        RegisterMap(name: name, title: title ?? name, selectors: selectors, bar: bar,
                    registers: [RegisterDefinition(name: "R", offset: 0, width: .bits32)], source: "test")
    }

    @Test func aBatchMeansTheSameAsAddingOneByOne() {
        let a1 = map("a", [.pciClass(base: 1, sub: nil, progIF: nil)], title: "first a")
        let b = map("b", [.iomemRegion("HPET 0")])
        let a2 = map("a", [.iomemRegion("HPET 0")], bar: nil, title: "second a")
        let c = map("c", [.physical(0x1000)], bar: nil)
        var single = RegisterMapCatalog()
        for m in [a1, b, c, a2] { single.add(m) }
        var batch = RegisterMapCatalog()
        batch.add(contentsOf: [a1, b])
        batch.add(contentsOf: [c, a2])
        var oneBatch = RegisterMapCatalog()
        oneBatch.add(contentsOf: [a1, b, c, a2])
        for catalog in [single, batch, oneBatch] {
            #expect(catalog.maps.map(\.title) == ["b", "c", "second a"])
            #expect(catalog.map(named: "a")?.title == "second a")
            #expect(catalog.map(forRegionNamed: "HPET 0")?.name == "a")
            #expect(catalog.map(named: "A") == nil)
        }
    }

    @Test func onATieTheMapLoadedLastWinsAndMoreSpecificBeatsLater() throws {
        let nvme = try #require(Machine.load(root: Fixtures.root("q35")).functions.first { $0.vendorID == 0x1b36 && $0.deviceID == 0x0010 })
        let byClass = map("by-class", [.pciClass(base: nvme.baseClass, sub: nil, progIF: nil)])
        let byClassLater = map("by-class-later", [.pciClass(base: nvme.baseClass, sub: nil, progIF: nil)])
        let byID = map("by-id", [.pciDevice(vendor: 0x1b36, device: 0x0010, subsystemVendor: nil, subsystemDevice: nil)])
        var catalog = RegisterMapCatalog()
        catalog.add(contentsOf: [byClass, byID, byClassLater])
        #expect(catalog.map(for: nvme, bar: 0)?.name == "by-id")
        #expect(catalog.map(for: nvme, bar: 1) == nil)
        catalog = RegisterMapCatalog(maps: [byClass, byClassLater])
        #expect(catalog.map(for: nvme, bar: 0)?.name == "by-class-later")
        catalog.add(byClass)
        #expect(catalog.map(for: nvme, bar: 0)?.name == "by-class")
    }
}
