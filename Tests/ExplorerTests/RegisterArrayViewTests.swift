import Explorer
import Foundation
import MMIOCore
import Testing

/// Register arrays in the TUI: the register view and Tab completion see the elements, placed
/// by the device's own fields (an NVMe BAR0 capture with CAP.DSTRD = 2, Tests/Fixtures/bars).
@MainActor
@Suite struct RegisterArrayViewTests {
    func dstrd2Machine() throws -> TempMachine {
        let m = try TempMachine()
        let bar = m.directory + "/sys/devices/pci0000:00/0000:00:03.0/resource0"
        try FileManager.default.removeItem(atPath: bar)
        try FileManager.default.copyItem(atPath: Fixtures.directory + "/bars/nvme-dstrd2-bar0.bin", toPath: bar)
        return m
    }

    @Test func registerViewPlacesDoorbellsAtTheDeviceStride() throws {
        let m = try dstrd2Machine()
        let d = AppDriver(machine: m.machine(), rows: 40, cols: 140)
        d.app.open(.bar(.q35("00:03.0"), 0))
        d.press(.char("r"))
        d.press(.char("g"))
        d.type("SQ1TDBL")
        d.press(.enter)
        let screen = d.screen
        let row = try #require(screen.split(separator: "\n").first { $0.contains("SQ1TDBL") })
        #expect(row.contains("1020"), "\(row)")
        #expect(row.contains("00000007"), "\(row)")
        let cq = try #require(screen.split(separator: "\n").first { $0.contains("CQ0HDBL") }, "\(screen)")
        #expect(cq.contains("00001010") && cq.contains("0x00000012"), "\(cq)")
        // The 12 bytes between 16-byte doorbells hold no register.
        #expect(screen.contains("00001014  … 0xc bytes without registers"))
    }

    @Test func tabCompletesArrayElements() throws {
        let d = AppDriver(machine: Fixtures.machine(), rows: 30, cols: 140)
        d.press(.char("o"))
        d.press(.char("\u{15}")) // Ctrl-U
        d.type("00:03.0/bar0/CQ64")
        d.press(.tab)
        #expect(d.screen.contains("00:03.0/bar0/CQ64HDBL"))
    }
}
