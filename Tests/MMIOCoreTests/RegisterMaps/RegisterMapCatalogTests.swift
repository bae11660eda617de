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
