import Explorer
import MMIOCore
import Testing

/// The TUI shows a 2^64-byte iomem region and a BAR whose `resource` line covers all 2^64
/// addresses as invalid, with the reason, in the tree and in the details pane.
@MainActor @Suite struct HostileNumbersTUITests {
    static let reason = "size not representable (0x0-0xffffffffffffffff is 2^64 bytes)"

    func hostileMachine() -> Machine {
        let edu = PCIFunction(address: .q35("00:02.0"), vendorID: 0x1234, deviceID: 0x11e8, classCode: 0x00ff00,
                              resources: [BAR(index: 0, start: 0, end: .max, flags: 0x40200)],
                              resourceFiles: ["resource0": 0x100000], hostBridge: "pci0000:00")
        let iomem = ResourceMap.parse("0000000000000000-ffffffffffffffff : everything\n  fed00000-fed003ff : HPET 0\n", kind: .iomem)
        let ioports = ResourceMap.parse("0000-ffffffffffffffff : all ports\n", kind: .ioports)
        return Machine(root: MachineRoot("/nonexistent-hostile-root"), iomem: iomem, ioports: ioports, functions: [edu], names: PCIIDs())
    }

    @Test func treeRowsAndDetailsSayInvalid() throws {
        let tree = MachineTree(machine: hostileMachine())
        let region = try #require(tree[.region(.iomem, 0)])
        #expect(region.text.hasSuffix(" everything  invalid: \(Self.reason)"), "\(region.text)")
        let bar = try #require(tree[.bar(.q35("00:02.0"), 0)])
        #expect(bar.text.hasSuffix("invalid: \(Self.reason)"), "\(bar.text)")
        let details = DetailsBuilder(tree: tree)
        let regionSize = try #require(details.lines(for: .region(.iomem, 0)).lines.first { $0.label == "Size" })
        #expect(regionSize.value == "invalid: \(Self.reason)")
        #expect(regionSize.role == .error)
        let barSize = try #require(details.lines(for: .bar(.q35("00:02.0"), 0)).lines.first { $0.label == "Size" })
        #expect(barSize.value == "invalid: \(Self.reason)")
        // the ports section too
        #expect(tree[.region(.ioports, 0)]?.text.contains("invalid") == true)
    }

    /// Going to an address and opening a phys: window inside the 2^64 region neither traps
    /// nor opens a window of a wrapped size.
    @Test func goToAndOpenInsideTheHugeRegion() {
        let d = AppDriver(machine: hostileMachine())
        d.app.goTo("0xfed00010")
        #expect(d.app.message?.text.contains("HPET 0") == true)
        d.app.openTarget("phys:0x1000")
        _ = d.screen                                       // renders (the open fails: no /dev/mem)
    }
}
