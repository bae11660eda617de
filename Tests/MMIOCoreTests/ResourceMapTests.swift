import Testing
@testable import MMIOCore

@Suite struct ResourceMapTests {
    @Test func nestsByIndentation() {
        let text = """
        00000000-00000fff : Reserved
        c0000000-febfffff : PCI Bus 0000:00
          feb50000-feb53fff : 0000:00:03.0
            feb50000-feb53fff : nvme
          fed00000-fed003ff : HPET 0
        100000000-17fffffff : System RAM
        """
        let map = ResourceMap.parse(text, kind: .iomem)
        #expect(map.roots.count == 3)
        #expect(map.roots[1].children.map(\.name) == ["0000:00:03.0", "HPET 0"])
        #expect(map.roots[1].children[0].children[0].name == "nvme")
        #expect(map.roots[2].start == 0x1_0000_0000)
        #expect(map.roots[2].end == 0x1_7fff_ffff)
        #expect(!map.addressesHidden)
        #expect(map.path(containing: 0xfeb50010).map(\.name) == ["PCI Bus 0000:00", "0000:00:03.0", "nvme"])
    }

    @Test func namesWithColonsAndSpaces() {
        let map = ResourceMap.parse("b0000000-bfffffff : PCI MMCONFIG 0000 [bus 00-ff]\n  fee00000-fee00fff : Local APIC : extra\n", kind: .iomem)
        #expect(map.roots[0].name == "PCI MMCONFIG 0000 [bus 00-ff]")
        #expect(map.roots[0].children[0].name == "Local APIC : extra")
    }

    @Test func zeroedAddressesMeanNotRoot() {
        let map = ResourceMap.parse("00000000-00000000 : Reserved\n  00000000-00000000 : System ROM\n", kind: .iomem)
        #expect(map.addressesHidden)
        #expect(map.roots[0].children.count == 1)
        #expect(map.path(containing: 0).isEmpty)
    }

    @Test func garbageLinesAreSkippedWithLineNumbers() {
        let map = ResourceMap.parse("0000-001f : dma1\nthis is not a region\nzzzz-0060 : bad hex\n0060-0060 : keyboard\n", kind: .ioports)
        #expect(map.roots.map(\.name) == ["dma1", "keyboard"])
        #expect(map.skippedLines.map(\.line) == [2, 3])
    }

    @Test func q35FixtureNestsNVMe() throws {
        let text = try #require(Fixtures.root("q35").readText("/proc/iomem"))
        let map = ResourceMap.parse(text, kind: .iomem)
        let chain = map.path(containing: 0xfeb50000).map(\.name)
        #expect(chain == ["PCI Bus 0000:00", "0000:00:03.0", "nvme"])
        #expect(map.skippedLines.isEmpty)
    }
}
