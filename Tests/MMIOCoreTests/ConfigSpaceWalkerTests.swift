import Testing
@testable import MMIOCore

/// Builds config spaces byte by byte for chain tests.
struct ConfigBuilder {
    var bytes: [UInt8]

    init(count: Int = 256, status: UInt16 = 0x0010, headerType: UInt8 = 0, firstPointer: UInt8 = 0x40) {
        bytes = Array(repeating: 0, count: count)
        put16(0x00, 0x1af4)
        put16(0x02, 0x1041)
        put16(0x06, status)
        bytes[0x0e] = headerType
        bytes[0x34] = firstPointer
    }

    mutating func put8(_ o: Int, _ v: UInt8) { bytes[o] = v }
    mutating func put16(_ o: Int, _ v: UInt16) { for i in 0..<2 { bytes[o + i] = UInt8(truncatingIfNeeded: v >> (8 * i)) } }
    mutating func put32(_ o: Int, _ v: UInt32) { for i in 0..<4 { bytes[o + i] = UInt8(truncatingIfNeeded: v >> (8 * i)) } }
    mutating func cap(_ o: Int, id: UInt8, next: UInt8) { bytes[o] = id; bytes[o + 1] = next }
    mutating func ext(_ o: Int, id: UInt16, version: UInt32 = 1, next: Int) { put32(o, UInt32(id) | version << 16 | UInt32(next) << 20) }

    var config: ConfigSpace { ConfigSpace(bytes: bytes) }
}

@Suite struct ConfigSpaceWalkerTests {
    @Test func walksAStandardListToItsEnd() {
        var b = ConfigBuilder()
        b.cap(0x40, id: 0x01, next: 0x50)
        b.cap(0x50, id: 0x05, next: 0x60)
        b.cap(0x60, id: 0x11, next: 0x00)
        let chain = CapabilityWalker.standard(b.config)
        #expect(chain.entries.map(\.offset) == [0x40, 0x50, 0x60])
        #expect(chain.entries.map(\.id) == [0x01, 0x05, 0x11])
        #expect(chain.end == .terminated)
    }

    @Test func reservedLowBitsOfTheNextPointerAreIgnored() {
        var b = ConfigBuilder(firstPointer: 0x43)
        b.cap(0x40, id: 0x01, next: 0x52)
        b.cap(0x50, id: 0x05, next: 0x00)
        #expect(CapabilityWalker.standard(b.config).entries.map(\.offset) == [0x40, 0x50])
    }

    @Test func aLoopEndsTheWalkWithTheLoopingOffset() {
        var b = ConfigBuilder()
        b.cap(0x40, id: 0x01, next: 0x50)
        b.cap(0x50, id: 0x05, next: 0x40)
        let chain = CapabilityWalker.standard(b.config)
        #expect(chain.entries.map(\.offset) == [0x40, 0x50])
        #expect(chain.end == .looped(at: 0x40))
        #expect(chain.end.explanation.contains("<chain looped>"))
    }

    @Test func aSelfLoopIsALoop() {
        var b = ConfigBuilder()
        b.cap(0x40, id: 0x01, next: 0x40)
        #expect(CapabilityWalker.standard(b.config).end == .looped(at: 0x40))
    }

    @Test func aPointerIntoTheHeaderIsBroken() {
        var b = ConfigBuilder()
        b.cap(0x40, id: 0x01, next: 0x20)
        let chain = CapabilityWalker.standard(b.config)
        #expect(chain.entries.count == 1)
        guard case .broken(let p, let reason) = chain.end else { Issue.record("expected broken, got \(chain.end)"); return }
        #expect(p == 0x20)
        #expect(reason.contains("below 0x40"))
    }

    @Test func allOnesCapabilityMeansTheFunctionStoppedAnswering() {
        var b = ConfigBuilder()
        b.cap(0x40, id: 0xff, next: 0xff)
        guard case .broken(0x40, _) = CapabilityWalker.standard(b.config).end else { Issue.record("expected broken at 0x40"); return }
    }

    @Test func statusWithoutCapBitMeansNoList() {
        var b = ConfigBuilder(status: 0)
        b.cap(0x40, id: 0x01, next: 0)
        let chain = CapabilityWalker.standard(b.config)
        #expect(chain.entries.isEmpty)
        #expect(chain.end == .absent)
    }

    @Test func sixtyFourBytesDenyAccessToTheList() {
        let b = ConfigBuilder(count: 64)
        let chain = CapabilityWalker.standard(b.config)
        #expect(chain.end == .accessDenied(pointer: 0x40, readable: 64))
        #expect(chain.end.explanation.contains("run as root"))
    }

    @Test func cardBusListStartsAt0x14() {
        var b = ConfigBuilder(headerType: 2, firstPointer: 0)
        b.put8(0x14, 0x80)
        b.cap(0x80, id: 0x01, next: 0)
        #expect(CapabilityWalker.standard(b.config).entries.map(\.offset) == [0x80])
    }

    @Test func extendedListWalksAndReportsVersions() {
        var b = ConfigBuilder(count: 4096)
        b.ext(0x100, id: 0x0001, version: 2, next: 0x148)
        b.ext(0x148, id: 0x000d, version: 1, next: 0)
        let chain = CapabilityWalker.extended(b.config)
        #expect(chain.entries == [.init(id: 1, offset: 0x100, version: 2), .init(id: 0xd, offset: 0x148, version: 1)])
        #expect(chain.end == .terminated)
    }

    @Test func extendedLoopAndLowPointerAreCaught() {
        var b = ConfigBuilder(count: 4096)
        b.ext(0x100, id: 1, next: 0x200)
        b.ext(0x200, id: 3, next: 0x100)
        #expect(CapabilityWalker.extended(b.config).end == .looped(at: 0x100))
        b.ext(0x200, id: 3, next: 0x80)
        guard case .broken(0x80, _) = CapabilityWalker.extended(b.config).end else { Issue.record("expected broken at 0x80"); return }
    }

    @Test func extendedSpaceOfZerosOrOnesIsAbsent() {
        #expect(CapabilityWalker.extended(ConfigBuilder(count: 4096).config).end == .absent)
        var b = ConfigBuilder(count: 4096)
        b.put32(0x100, 0xffff_ffff)
        #expect(CapabilityWalker.extended(b.config).end == .absent)
        #expect(CapabilityWalker.extended(ConfigBuilder(count: 256).config).end == .absent)
    }

    @Test func extendedPointerBeyondATruncatedSpaceIsAccessDenied() {
        var b = ConfigBuilder(count: 0x180)
        b.ext(0x100, id: 1, next: 0x200)
        #expect(CapabilityWalker.extended(b.config).end == .accessDenied(pointer: 0x200, readable: 0x180))
    }
}
