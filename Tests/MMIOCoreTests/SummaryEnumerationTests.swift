#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MMIOCore

/// `PCIDetail.summary` (what `hwx list pci` reads): the same IDs, class, revision, driver
/// and topology as the full enumeration, from one read of the config header.
@Suite struct SummaryEnumerationTests {
    @Test(arguments: ["q35", "q35-nonroot", "q35-nodrivers"])
    func summaryAgreesWithFullEnumeration(_ fixture: String) {
        let root = Fixtures.root(fixture)
        let full = PCIEnumerator(root: root).functions(detail: .full)
        let summary = PCIEnumerator(root: root).functions(detail: .summary)
        #expect(!full.isEmpty)
        #expect(summary.map(\.address) == full.map(\.address))
        for (s, f) in zip(summary, full) {
            #expect(s.vendorID == f.vendorID && s.deviceID == f.deviceID, "\(f.address)")
            #expect(s.classCode == f.classCode && s.revision == f.revision, "\(f.address)")
            #expect(s.driver == f.driver && s.parent == f.parent && s.hostBridge == f.hostBridge, "\(f.address)")
            #expect(s.sysfsPath == f.sysfsPath && s.isBridge == f.isBridge, "\(f.address)")
            #expect(s.secondaryBus == f.secondaryBus && s.subordinateBus == f.subordinateBus, "\(f.address)")
            // Only the header is read, and nothing the list does not print.
            #expect(s.config.count == min(64, f.config.count))
            #expect(s.resources.isEmpty && s.irq == nil)
            if f.config.headerType == 0 {
                #expect(s.subsystemVendorID == f.subsystemVendorID && s.subsystemDeviceID == f.subsystemDeviceID, "\(f.address)")
            }
        }
    }

    /// Writes `bytes` over the nvme function's config file in a copy of q35.
    private func nvmeWithConfig(_ bytes: [UInt8], in dir: TemporaryDirectory) -> (MachineRoot, PCIFunction?) {
        let root = dir.copy(fixture: Fixtures.root("q35"), as: "m")
        let path = root.path("/sys/devices/pci0000:00/0000:00:03.0/config")
        #expect(FileIO.write(path, bytes) == nil)
        let f = PCIEnumerator(root: root).functions(detail: .summary).first { $0.address == PCIAddress(bus: 0, device: 3, function: 0) }
        return (root, f)
    }

    @Test func functionThatReadsAllOnesFallsBackToTheAttributes() throws {
        let dir = TemporaryDirectory()
        let (_, f) = nvmeWithConfig([UInt8](repeating: 0xff, count: 256), in: dir)
        let nvme = try #require(f)
        // The kernel's remembered IDs (vendor, device, class, revision files), not 0xffff.
        #expect(nvme.vendorID == 0x1b36 && nvme.deviceID == 0x0010)
        #expect(nvme.classCode == 0x010802 && nvme.revision == 0x02)
    }

    @Test func shortConfigFallsBackToTheAttributes() throws {
        let dir = TemporaryDirectory()
        let (_, f) = nvmeWithConfig([0x36, 0x1b, 0x10], in: dir)
        let nvme = try #require(f)
        #expect(nvme.vendorID == 0x1b36 && nvme.deviceID == 0x0010 && nvme.classCode == 0x010802)
    }

    @Test func configThatIsAFIFOIsNotOpened() throws {
        let dir = TemporaryDirectory()
        let root = dir.copy(fixture: Fixtures.root("q35"), as: "m")
        let path = root.path("/sys/devices/pci0000:00/0000:00:03.0/config")
        #expect(unlink(path) == 0 && mkfifo(path, 0o600) == 0)
        // A reader of the FIFO would block forever; the summary asks fstatat first and
        // falls back to the attribute files.
        let nvme = try #require(PCIEnumerator(root: root).functions(detail: .summary).first { $0.address.device == 3 })
        #expect(nvme.vendorID == 0x1b36 && nvme.config.count == 0)
    }

    @Test func attributeLinkResolvesInsideTheRoot() throws {
        let dir = TemporaryDirectory()
        let root = dir.copy(fixture: Fixtures.root("q35"), as: "m")
        let function = "/sys/devices/pci0000:00/0000:00:03.0"
        #expect(rename(root.path(function + "/config"), root.path("/config-elsewhere")) == 0)
        // Absolute link: counts from the machine root, not from this machine's /.
        #expect(symlink("/config-elsewhere", root.path(function + "/config")) == 0)
        let attributes = try root.attributeDirectory(function)
        let header = try #require(attributes.bytes("config", role: .configSpace))
        #expect(header.count == 4096 && header[0] == 0x36 && header[1] == 0x1b)
        #expect(attributes.bytes("no-such-attribute") == nil)
        #expect(attributes.linkTarget("driver")?.hasSuffix("/nvme") == true)
    }

    @Test func directoryThatIsAFileIsRefused() {
        let root = Fixtures.root("q35")
        #expect(throws: FileAccessError.self) { try root.attributeDirectory("/sys/devices/pci0000:00/0000:00:03.0/vendor") }
        #expect(throws: FileAccessError.self) { try root.attributeDirectory("/sys/../../etc") }
    }

    @Test func summaryMachineGivesWholeFunctionsOnDemand() throws {
        let machine = Machine.load(root: Fixtures.root("q35"), detail: .summary)
        let full = Machine.load(root: Fixtures.root("q35"))
        let nvme = PCIAddress(bus: 0, device: 3, function: 0)
        #expect(machine.detail == .summary && full.detail == .full)
        #expect(try #require(machine.functions.first { $0.address == nvme }).resources.isEmpty)
        let whole = try #require(machine.function(nvme))
        #expect(whole == full.function(nvme))
        #expect(whole.bars.first?.start == 0xfeb50000 && whole.config.count == 4096 && whole.irq != nil)
        #expect(machine.function(PCIAddress(bus: 9, device: 0, function: 0)) == nil)
        #expect(machine.names.subsystemName(0x1b36, 0x0010, subVendor: 0x1af4, subDevice: 0x1100) ==
                full.names.subsystemName(0x1b36, 0x0010, subVendor: 0x1af4, subDevice: 0x1100))
    }
}
