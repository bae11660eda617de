#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MMIOCore

/// Register spaces on plain files and memory: never on this machine's hardware.
@Suite struct RegisterSpaceTests {
    func makeFile(_ dir: TemporaryDirectory, size: Int) -> String {
        let path = dir.path + "/regs.bin"
        FileIO.write(path, (0..<size).map { UInt8(truncatingIfNeeded: $0) })
        return path
    }

    func explain(_ op: String, _ e: SystemError) -> AccessError {
        AccessExplainer(root: .live).explain(op, e, path: "", context: .plainFile)
    }

    @Test(arguments: AccessWidth.allCases)
    func mappedFileRoundTripsEveryWidth(_ width: AccessWidth) throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 4096)
        let space = try MappedSpace(name: "file", path: path, length: 4096, physicalBase: nil, writable: true, explain: explain)
        let offset = UInt64(16 * width.bytes)
        let before = try space.read(at: offset, width: width)
        #expect(before == littleEndian((0..<width.bytes).map { UInt8(Int(offset) + $0) }))
        let value: UInt64 = 0xa5a5_5a5a_dead_beef & width.mask
        try space.write(value, at: offset, width: width)
        #expect(try space.read(at: offset, width: width) == value)
        // The bytes landed in the file, little-endian, and nothing around them moved.
        let bytes = try #require(FileIO.readAll(path))
        #expect(littleEndian(Array(bytes[Int(offset)..<Int(offset) + width.bytes])) == value)
        #expect(bytes[Int(offset) - 1] == UInt8(truncatingIfNeeded: Int(offset) - 1))
        #expect(bytes[Int(offset) + width.bytes] == UInt8(truncatingIfNeeded: Int(offset) + width.bytes))
    }

    @Test func misalignedAndOutOfRangeAreRefusedWithDetails() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 64)
        let space = try MappedSpace(name: "file", path: path, length: 64, physicalBase: nil, writable: true, explain: explain)
        #expect {
            try space.read(at: 2, width: .bits32)
        } throws: { ($0 as? AccessError)?.reason == .misaligned && "\($0)".contains("offset 0x2") }
        #expect {
            try space.read(at: 64, width: .bits8)
        } throws: { ($0 as? AccessError)?.reason == .outOfRange && "\($0)".contains("length 0x40") }
        #expect {
            try space.write(1, at: 60, width: .bits64)
        } throws: { ($0 as? AccessError)?.reason == .misaligned }
        #expect {
            try space.write(1, at: 64, width: .bits64)
        } throws: { ($0 as? AccessError)?.reason == .outOfRange }
        #expect(FileIO.readAll(path) == (0..<64).map { UInt8($0) }, "refused writes leave the file unchanged")
    }

    @Test func readPastTruncatedFileIsAFaultNotACrash() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 8192)
        let space = try MappedSpace(name: "file", path: path, length: 8192, physicalBase: nil, writable: false, explain: explain)
        #expect(try space.read(at: 4096 + 8, width: .bits32) == 0x0b0a_0908)
        #expect(truncate(path, 4096) == 0)
        for _ in 0..<100 {
            #expect {
                try space.read(at: 4096 + 8, width: .bits32)
            } throws: { error in
                guard let e = error as? AccessError else { return false }
                return e.reason == .fault && e.operation.contains("SIGBUS")
            }
        }
        #expect(try space.read(at: 8, width: .bits32) == 0x0b0a_0908, "the first page still reads after faults")
    }

    @Test func readOnlyMappingRefusesWrites() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 64)
        let space = try MappedSpace(name: "file", path: path, length: 64, physicalBase: nil, writable: false, explain: explain)
        #expect { try space.write(0, at: 0, width: .bits32) } throws: { ($0 as? AccessError)?.reason == .readOnly }
    }

    @Test func fileSpaceDoesExactWidthPreadPwrite() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 256)
        let space = FileSpace(name: "config", file: try FileIO.open(path, role: .plainFile, mode: .readWrite), path: path,
                              length: 256, physicalBase: nil, writable: true)
        #expect(try space.read(at: 0x10, width: .bits16) == 0x1110)
        try space.write(0xbeef, at: 0x10, width: .bits16)
        #expect(try space.read(at: 0x10, width: .bits32) == 0x1312_beef)
        #expect { try space.read(at: 0, width: .bits64) } throws: { ($0 as? AccessError)?.reason == .unsupportedWidth }
    }

    @Test func windowAtUnalignedFileOffset() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 8192)
        // Like phys:0xfed000f0: the mapping starts on the page, offset 0 is the address asked for.
        let space = try MappedSpace(name: "win", path: path, fileOffset: 4096 + 0xf0, length: 8, physicalBase: 0x10f0,
                                    writable: false, explain: explain)
        #expect(try space.read(at: 0, width: .bits8) == 0xf0)
        #expect(space.physicalAddress(of: 4) == 0x10f4)
        #expect { try space.read(at: 8, width: .bits8) } throws: { ($0 as? AccessError)?.reason == .outOfRange }
    }
}
