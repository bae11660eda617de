import Testing
@testable import MMIOCore

@Suite struct PCIIDsTests {
    static let sample = """
    # comment line
    1234  Technical Corp.
    \t11e8  edu device
    1b36  Red Hat, Inc.
    \t0010  QEMU NVM Express Controller
    \t\t1af4 1100  QEMU Virtual Machine
    \t000c  QEMU PCIe Root port
    8086  Intel Corporation
    C 01  Mass storage controller
    \t08  Non-Volatile memory controller
    \t\t02  NVM Express
    C 06  Bridge
    \t04  PCI bridge
    \t\t00  Normal decode
    """

    @Test func vendorsDevicesSubsystems() {
        let ids = PCIIDs(text: Self.sample)
        #expect(ids.vendorName(0x1b36) == "Red Hat, Inc.")
        #expect(ids.deviceName(0x1b36, 0x0010) == "QEMU NVM Express Controller")
        #expect(ids.subsystemName(0x1b36, 0x0010, subVendor: 0x1af4, subDevice: 0x1100) == "QEMU Virtual Machine")
        #expect(ids.deviceName(0x1234, 0x11e8) == "edu device")
        #expect(ids.deviceName(0x8086, 0x1234) == nil)
        #expect(ids.vendorName(0xabcd) == nil)
    }

    /// lspci's fallback: a subsystem not listed under the device, whose IDs are the device's
    /// own, is named by the device (virtio: "Red Hat, Inc. Virtio 1.0 memory balloon").
    @Test func subsystemWithTheDevicesOwnIDsIsNamedByTheDevice() {
        let ids = PCIIDs(text: "1af4  Red Hat, Inc.\n\t1045  Virtio 1.0 memory balloon\n\t1041  Virtio 1.0 network device\n")
        #expect(ids.subsystemName(0x1af4, 0x1045, subVendor: 0x1af4, subDevice: 0x1045) == "Virtio 1.0 memory balloon")
        #expect(ids.subsystemName(0x1af4, 0x1045, subVendor: 0x1af4, subDevice: 0x1100) == nil, "other IDs stay unnamed")
        #expect(ShowTextRenderer.subsystemName(DecodedHeader(headerType: 0, isMultiFunction: false, vendorID: 0x1af4, deviceID: 0x1045, revision: 1,
                                                              classCode: 0x00ff00, subsystemVendorID: 0x1af4, subsystemDeviceID: 0x1045,
                                                              registers: [], bars: [], rom: nil, windows: []), names: ids)
                == "Red Hat, Inc. Virtio 1.0 memory balloon")
    }

    @Test func classesSubclassesProgIF() {
        let ids = PCIIDs(text: Self.sample)
        #expect(ids.className(0x01) == "Mass storage controller")
        #expect(ids.subclassName(0x01, 0x08) == "Non-Volatile memory controller")
        #expect(ids.progIFName(0x01, 0x08, 0x02) == "NVM Express")
        #expect(ids.classDescription(0x060400) == "PCI bridge")
        #expect(ids.classDescription(0x06ff00) == "Bridge")
        // Class section must not leak into vendors.
        #expect(ids.vendorName(0x0001) == nil)
    }

    @Test func missingFileGivesEmptyDatabaseAndHint() {
        let ids = PCIIDs.load(path: "/nonexistent/pci.ids")
        #expect(ids.source == nil)
        #expect(ids.vendorName(0x8086) == nil)
        #expect(ids.missingFix == .installPCIIDs(searched: PCIIDs.standardLocations))
    }

    @Test func systemFileParsesWhenInstalled() throws {
        let ids = PCIIDs.load()
        try #require(ids.source != nil, "Debian's pci.ids is installed by .ci/run")
        #expect(ids.vendorName(0x8086) == "Intel Corporation")
        #expect(ids.deviceName(0x1b36, 0x0010) == "QEMU NVM Express Controller")
        #expect(ids.classDescription(0x010802) == "Non-Volatile memory controller")
    }
}

@Suite struct PCIIDsVendorFilterTests {
    @Test func keepsOnlyWantedVendorsAndAllClasses() {
        let ids = PCIIDs(text: PCIIDsTests.sample, vendors: [0x1b36])
        #expect(ids.deviceName(0x1b36, 0x0010) == "QEMU NVM Express Controller")
        #expect(ids.vendorName(0x1234) == nil)
        #expect(ids.vendorName(0x8086) == nil)
        #expect(ids.progIFName(0x01, 0x08, 0x02) == "NVM Express")
    }
}

/// The file is parsed in reads of `PCIIDs.chunkSize` bytes; a vendor whose lines straddle a
/// read boundary keeps all its names.
@Suite struct PCIIDsStreamingTests {
    @Test(arguments: [0, 1, 2, 3, 5, 9, 17])
    func namesAcrossReadBoundaries(_ shift: Int) throws {
        // Filler vendors up to just before the first boundary, then the wanted vendor.
        var text = "# pci.ids\n"
        var id = 0x1000
        while text.utf8.count < PCIIDs.chunkSize - 40 + shift {
            text += String(id, radix: 16) + "  Filler \(id)\n\t0001  filler device\n"
            id += 1
        }
        text += "1b36  Red Hat, Inc.\n\t0010  QEMU NVM Express Controller\n\t\t1af4 1100  QEMU Virtual Machine\n"
        text += "C 01  Mass storage controller\n\t08  Non-Volatile memory controller\n\t\t02  NVM Express\n"
        let dir = TemporaryDirectory()
        let path = dir.path + "/pci.ids"
        #expect(FileIO.write(path, Array(text.utf8)) == nil)
        let loaded = PCIIDs.load(path: path, vendors: [0x1b36])
        #expect(loaded.source == path)
        #expect(loaded.vendorName(0x1b36) == "Red Hat, Inc.")
        #expect(loaded.deviceName(0x1b36, 0x0010) == "QEMU NVM Express Controller")
        #expect(loaded.subsystemName(0x1b36, 0x0010, subVendor: 0x1af4, subDevice: 0x1100) == "QEMU Virtual Machine")
        #expect(loaded.progIFName(0x01, 0x08, 0x02) == "NVM Express")
        #expect(loaded.vendorName(0x1000) == nil, "not a wanted vendor")
        let all = PCIIDs.load(path: path)
        #expect(all.vendorName(0x1000) == "Filler 4096" && all.deviceName(0x1001, 1) == "filler device")
    }

    @Test func lastLineWithoutNewline() {
        let dir = TemporaryDirectory()
        let path = dir.path + "/pci.ids"
        #expect(FileIO.write(path, Array("8086  Intel Corporation\n\t1237  440FX - 82441FX PMC [Natoma]".utf8)) == nil)
        #expect(PCIIDs.load(path: path).deviceName(0x8086, 0x1237) == "440FX - 82441FX PMC [Natoma]")
    }
}
