import Testing
@testable import MMIOCore

/// PCI enumeration, topology and cross-links on the captured q35 machines.
@Suite struct MachineTests {
    let q35 = Machine.load(root: Fixtures.root("q35"))

    @Test func enumeratesEveryFunction() {
        #expect(q35.functions.map(\.address.short) == ["00:00.0", "00:01.0", "00:02.0", "00:03.0", "00:04.0", "00:05.0",
                                                       "00:06.0", "00:07.0", "00:08.0", "00:1f.0", "00:1f.2", "00:1f.3", "01:00.0"])
    }

    @Test func topologyFromSysfsLinks() throws {
        let virtio = try #require(q35.function(PCIAddress(bus: 1, device: 0, function: 0)))
        #expect(virtio.parent == PCIAddress(bus: 0, device: 8, function: 0))
        #expect(virtio.hostBridge == "pci0000:00")
        #expect(virtio.sysfsPath == "/sys/devices/pci0000:00/0000:00:08.0/0000:01:00.0")
        let bridge = try #require(q35.function(PCIAddress(bus: 0, device: 8, function: 0)))
        #expect(bridge.isBridge && bridge.secondaryBus == 1 && bridge.subordinateBus == 1)
        #expect(q35.children(of: bridge.address).map(\.address) == [virtio.address])
    }

    @Test func idsDriverBarsAndFiles() throws {
        let nvme = try #require(q35.function(PCIAddress(bus: 0, device: 3, function: 0)))
        #expect(nvme.vendorID == 0x1b36 && nvme.deviceID == 0x0010)
        #expect(nvme.classCode == 0x010802)
        #expect(nvme.driver == "nvme")
        #expect(nvme.config.count == 4096)
        let bar0 = try #require(nvme.bars.first)
        #expect(bar0.start == 0xfeb50000 && bar0.size == 16384 && bar0.is64Bit)
        #expect(nvme.resourceFiles["resource0"] == 16384)
        let ahci = try #require(q35.function(PCIAddress(bus: 0, device: 0x1f, function: 2)))
        #expect(ahci.bars.first { $0.index == 4 }?.kind == .io)
    }

    @Test func crossLinksBetweenIomemAndBARs() throws {
        let nvme = try #require(q35.function(PCIAddress(bus: 0, device: 3, function: 0)))
        let chain = q35.iomemRegion(for: nvme.address, bar: nvme.bars[0])
        #expect(chain.map(\.name) == ["PCI Bus 0000:00", "0000:00:03.0"])
        let iomem = try #require(q35.iomem)
        let owner = try #require(q35.owner(of: iomem.path(containing: 0xfeb50010), kind: .iomem))
        #expect(owner.0.address == nvme.address)
        #expect(owner.1?.index == 0)
    }

    @Test func nonRootCaptureSaysWhatIsMissing() throws {
        let machine = Machine.load(root: Fixtures.root("q35-nonroot"))
        #expect(machine.iomem?.addressesHidden == true)
        #expect(machine.ioports?.addressesHidden == true)
        let nvme = try #require(machine.function(PCIAddress(bus: 0, device: 3, function: 0)))
        #expect(nvme.config.count == 64)
        #expect(nvme.bars[0].start == 0xfeb50000, "sysfs resource is world-readable")
        #expect(nvme.resourceFiles.isEmpty)
    }

    @Test func missingRootIsEmptyNotACrash() {
        let machine = Machine.load(root: MachineRoot("/nonexistent-hwx-root"))
        #expect(machine.functions.isEmpty && machine.iomem == nil && machine.ioports == nil)
    }

    @Test func snapshotRoundTripsTheMachine() throws {
        let dir = TemporaryDirectory()
        let report = try MachineSnapshotter(machine: q35).write(to: dir.path + "/snap", time: 0)
        #expect(report.functions == 13)
        let copy = Machine.load(root: MachineRoot(dir.path + "/snap"))
        #expect(copy.functions == q35.functions.map { f in
            var g = f
            g.iommuGroup = f.iommuGroup
            return g
        })
        #expect(copy.iomem == q35.iomem)
        #expect(copy.ioports == q35.ioports)
        #expect(MachineRoot(dir.path + "/snap").linkTarget("/sys/bus/pci/devices/0000:01:00.0") == "../../../devices/pci0000:00/0000:00:08.0/0000:01:00.0")
    }

    @Test func snapshotCopiesNamedBARsOnly() throws {
        let dir = TemporaryDirectory()
        _ = try MachineSnapshotter(machine: q35).write(to: dir.path + "/snap", withBars: [(PCIAddress(bus: 0, device: 2, function: 0), 0)], time: 0)
        let edu = try #require(FileIO.readAll(dir.path + "/snap/sys/devices/pci0000:00/0000:00:02.0/resource0"))
        #expect(Array(edu.prefix(4)) == [0xed, 0x00, 0x00, 0x01])
        #expect(FileIO.size(dir.path + "/snap/sys/devices/pci0000:00/0000:00:03.0/resource0") == 16384)
    }

    @Test func relativeLinks() {
        #expect(MachineSnapshotter.relativePath(from: "/sys/bus/pci/devices", to: "/sys/devices/pci0000:00/0000:00:03.0") == "../../../devices/pci0000:00/0000:00:03.0")
    }
}
