import Testing
@testable import MMIOCore

@Suite struct BARTests {
    @Test func decodesResourceFileLines() {
        let text = """
        0x00000000feb50000 0x00000000feb53fff 0x0000000000140204
        0x000000000000c040 0x000000000000c05f 0x0000000000040101
        0x00000000fd000000 0x00000000fdffffff 0x0000000000042208
        0x0000000000000000 0x0000000000000000 0x0000000000000000
        0x0000000800000000 0x0000000fffffffff 0x000000000014220c
        0x0000000000000000 0x000000000000ffff 0x0000000020000200
        0x00000000feb40000 0x00000000feb7ffff 0x0000000000046200
        """
        let bars = BAR.parseResourceFile(text)
        #expect(bars.count == 7)
        let nvme = bars[0]
        #expect(nvme.kind == .memory && nvme.is64Bit && !nvme.isPrefetchable)
        #expect(nvme.size == 0x4000)
        #expect(nvme.summary == "Memory at feb50000 (64-bit, non-prefetchable) [size=16K]")
        let io = bars[1]
        #expect(io.kind == .io && io.size == 32)
        #expect(io.summary == "I/O ports at c040 [size=32]")
        #expect(bars[2].isPrefetchable && !bars[2].is64Bit)
        #expect(!bars[3].isUsed && bars[3].size == 0)
        #expect(bars[4].size == 0x8_0000_0000 && bars[4].is64Bit && bars[4].isPrefetchable)
        #expect(bars[4].summary.hasSuffix("[size=32G]"))
        #expect(bars[5].isUnassigned)
        #expect(bars[6].isROM)
        #expect(bars[6].summary.hasPrefix("Expansion ROM at feb40000"))
    }

    @Test func skipsMalformedLines() {
        let bars = BAR.parseResourceFile("garbage\n0x1000 0x1fff 0x200\n0x1 0x2\n")
        #expect(bars.count == 1)
        #expect(bars[0].index == 1)
    }

    @Test func humanSizes() {
        #expect(humanSize(16384) == "16K")
        #expect(humanSize(1 << 20) == "1M")
        #expect(humanSize(256) == "256")
        #expect(humanSize(0x3000) == "12K")
        #expect(humanSize(1536) == "1536")
    }
}

@Suite struct CompactSizeTests {
    @Test func exactUnitsElseOneDecimal() {
        #expect(compactSize(16384) == "16K")
        #expect(compactSize(0x3ec0_0000) == "1004M")
        #expect(compactSize(0x9_0000_0000 / 4) == "9G")
        #expect(compactSize(650_240) == "635K")
        #expect(compactSize(0x9_0000_000) == "2.3G")
        #expect(compactSize(1000) == "1000")
    }
}
