import Testing
@testable import MMIOCore

/// Hostile numbers (a 2^64-byte range, an end below its start, counts and windows at the
/// top of the address space) become elements marked invalid with the reason; nothing traps.
@Suite struct CheckedArithmeticTests {
    @Test func inclusiveRangeSizes() {
        #expect(InclusiveRange(start: 0x1000, end: 0x1fff).size == 0x1000)
        #expect(InclusiveRange(start: 5, end: 5).size == 1)
        #expect(InclusiveRange(start: 1, end: .max).size == .max)
        #expect(InclusiveRange(start: 0, end: .max - 1).size == .max)
        #expect(InclusiveRange(start: 0, end: .max).size == nil)
        #expect(InclusiveRange(start: 0, end: .max).problem == .sizeNotRepresentable)
        #expect(InclusiveRange(start: 0, end: .max).problemText == "size not representable (0x0-0xffffffffffffffff is 2^64 bytes)")
        #expect(InclusiveRange(start: 0x2000, end: 0x1fff).problem == .endBelowStart)
        #expect(InclusiveRange(start: 0x2000, end: 0x1fff).problemText == "end below start (0x1fff < 0x2000)")
        #expect(InclusiveRange(start: 0x1000, end: 0x1fff).problem == nil)
    }

    /// The sysfs `resource` line from the issue, and one whose end is below its start.
    @Test func hostileResourceLinesAreInvalidBARs() throws {
        let bars = BAR.parseResourceFile("0x0 0xffffffffffffffff 0x40200\n0x0000000000002000 0x0000000000001fff 0x0000000000040200\n0x00000000fea00000 0x00000000feafffff 0x0000000000040200\n")
        try #require(bars.count == 3)
        #expect(bars[0].size == 0)
        #expect(bars[0].invalidReason == "size not representable (0x0-0xffffffffffffffff is 2^64 bytes)")
        #expect(bars[0].summary.hasSuffix("[invalid: size not representable (0x0-0xffffffffffffffff is 2^64 bytes)]"))
        #expect(bars[1].invalidReason == "end below start (0x1fff < 0x2000)")
        #expect(bars[2].invalidReason == nil)
        #expect(bars[2].size == 0x100000)
        #expect(BAR(index: 0, start: 0, end: 0, flags: 0).invalidReason == nil)   // unused, not invalid
    }

    /// The header decoder takes the BAR's size from `resource`; an invalid line marks the BAR.
    @Test func decodedBARCarriesTheReason() {
        var bytes = [UInt8](repeating: 0, count: 64)
        bytes[0x0e] = 0
        bytes[0x04] = 2                                 // memory space enabled
        bytes[0x10] = 0x00; bytes[0x12] = 0xa0; bytes[0x13] = 0xfe   // BAR0 0xfea00000, 32-bit memory
        let header = HeaderDecoder.decode(ConfigSpace(bytes: bytes), resources: [BAR(index: 0, start: 0, end: .max, flags: 0x40200)])
        #expect(header.bars.first?.size == nil)
        #expect(header.bars.first?.invalidReason == "size not representable (0x0-0xffffffffffffffff is 2^64 bytes)")
        #expect(header.bars.first?.text == "Region 0: Memory at fea00000 (32-bit, non-prefetchable) [invalid: size not representable (0x0-0xffffffffffffffff is 2^64 bytes)]")
        #expect(header.bars.first?.json.render().contains("\"invalid\"") == true)
    }

    /// A bridge whose 64-bit prefetchable window runs from 0 to 2^64 - 1.
    @Test func bridgeWindowCoveringEverythingIsInvalid() throws {
        var bytes = [UInt8](repeating: 0, count: 64)
        bytes[0x0e] = 1
        bytes[0x20] = 0xf0; bytes[0x21] = 0xff          // memory base 0xfff00000 above limit 0x000fffff
        bytes[0x24] = 0x01; bytes[0x25] = 0x00          // prefetchable base 0, 64-bit
        bytes[0x26] = 0xf1; bytes[0x27] = 0xff          // limit 0xfff0 | 64-bit
        for i in 0x28..<0x2c { bytes[i] = 0 }           // upper base 0
        for i in 0x2c..<0x30 { bytes[i] = 0xff }        // upper limit 0xffffffff
        let header = HeaderDecoder.decode(ConfigSpace(bytes: bytes))
        let window = try #require(header.windows.first { $0.kind == .prefetchable })
        #expect(window.base == 0 && window.limit == .max)
        #expect(window.size == 0)
        #expect(window.invalidReason == "size not representable (0x0-0xffffffffffffffff is 2^64 bytes)")
        #expect(window.text == "Prefetchable memory behind bridge: 0000000000000000-ffffffffffffffff [invalid: size not representable (0x0-0xffffffffffffffff is 2^64 bytes)] [64-bit]")
        let json = window.json.render()
        #expect(json.contains("\"size\": null") || json.contains("\"size\":null"))
        // a limit below the base stays the spec's "disabled", not an error
        let memory = try #require(header.windows.first { $0.kind == .memory })
        #expect(!memory.isEnabled)
        #expect(memory.invalidReason == nil)
        #expect(memory.text == "Memory behind bridge: [disabled] [32-bit]")
    }

    /// An iomem region of about 2^64 bytes, and exactly 2^64 bytes, in both lists.
    @Test func hugeResourceRegions() throws {
        let map = ResourceMap.parse("""
        0000000000000000-fffffffffffffffe : almost everything
        0000000000000000-ffffffffffffffff : everything
        00002000-00001fff : backwards

        """, kind: .iomem)
        let regions = map.allRegions
        try #require(regions.count == 3)
        #expect(regions[0].size == .max)
        #expect(regions[0].invalidReason == nil)
        #expect(compactSize(regions[0].size) == "16777216.0T")
        #expect(regions[1].invalidReason == "size not representable (0x0-0xffffffffffffffff is 2^64 bytes)")
        #expect(regions[2].invalidReason == "end below start (0x1fff < 0x2000)")
        #expect(map.path(containing: 0x1234).map(\.name) == ["almost everything"])
    }

    /// compactSize rounds without multiplying the whole value (which overflowed past 2^64 / 10).
    @Test func compactSizeNeverOverflows() {
        #expect(compactSize(.max) == "16777216.0T")
        #expect(compactSize(.max - (1 << 39)) == "16777215.5T")
        #expect(compactSize((1 << 20) + (1 << 19)) == "1.5M")
        #expect(compactSize(654_000) == "638.7K")
        #expect(compactSize(1 << 40) == "1T")
        #expect(compactSize(1023) == "1023")
    }

    @Test func physicalAddressesAreChecked() {
        let space = MemorySpace(name: "top", bytes: [UInt8](repeating: 0, count: 16), physicalBase: .max - 7)
        #expect(space.physicalAddress(of: 7) == .max)
        #expect(space.physicalAddress(of: 8) == nil)
    }

    /// A mapping whose size cannot be expressed is refused before mmap is asked.
    @Test func mappingBeyondTheAddressSpaceIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.path + "/regs.bin"
        #expect(FileIO.write(path, [UInt8](repeating: 0, count: 4096)) == nil)
        for (offset, length) in [(UInt64(0), UInt64.max), (0x10, .max - 8), (0, UInt64(Int.max) + 1), (UInt64(Int64.max) + 1, 8)] {
            #expect {
                _ = try MappedSpace(name: "big", path: path, fileOffset: offset, length: length, physicalBase: nil, writable: false) { op, e in
                    AccessError(.systemError, operation: op, errno: e)
                }
            } throws: { error in
                (error as? AccessError)?.reason == .outOfRange
            }
        }
    }
}
