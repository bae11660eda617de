import Foundation
import Testing
import MMIOCore

/// Every input the fuzzers found a crash, hang or memory blowup with is kept under
/// Tests/Fixtures/fuzz/TARGET/ (named after what it broke) and replayed here through the same
/// code the fuzz target runs (FuzzTarget.swift, shared with Fuzz/). A regression traps or
/// hangs this test, as it did the fuzzer.
@Suite struct FuzzRegressionTests {
    static let directory = Fixtures.directory + "/fuzz"

    static func findings(_ target: FuzzTarget) -> [String] {
        let dir = directory + "/" + target.rawValue
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
    }

    @Test(arguments: FuzzTarget.allCases)
    func findingsNoLongerCrash(_ target: FuzzTarget) throws {
        for path in Self.findings(target) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            target.run(bytes)
        }
    }

    @Test func everyFindingDirectoryNamesATarget() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.directory)) ?? []
        for name in names {
            #expect(FuzzTarget(rawValue: name) != nil, "Tests/Fixtures/fuzz/\(name) is not a fuzz target")
        }
    }

    /// resource/compact-size-near-2-64: a BAR of 0x0..0xfffffffffffffffe made compactSize
    /// overflow computing tenths (`bytes * 10`).
    @Test func compactSizeOfTheWholeAddressSpace() {
        #expect(compactSize(UInt64.max) == "16777216.0T")
        #expect(compactSize(UInt64.max - (1 << 40) + 1) == "16777215T")
        #expect(compactSize(0x9_0000_0000 / 4) == "9G")
    }

    /// svd/*: `dim` past Int.max trapped, a `dim` of 10^8 or a dimIndex range to Int.max
    /// exhausted memory, nested cluster arrays multiplied past 3·10^9 instances, an address
    /// offset or bitOffset near 2^64 overflowed. Each element is now skipped with a warning
    /// naming it; the import goes on.
    @Test func hostileSVDFilesAreWarningsNotCrashes() throws {
        let names = ["address-offset-past-2-64.svd", "bit-offset-past-2-64.svd", "dim-hundred-million.svd",
                     "dim-index-range-to-int-max.svd", "dim-past-int-max.svd", "nested-cluster-dims.svd",
                     "register-ending-at-2-64.svd"]
        for path in names.map({ Self.directory + "/svd/" + $0 }) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let imported = try SVDImporter(file: path).importing(text)
            #expect(!imported.warnings.isEmpty, "\(path)")
            #expect(imported.warnings.allSatisfy { $0.line != nil && $0.field?.hasPrefix("peripheral P") == true && $0.message.hasSuffix("skipped") }, "\(imported.warnings)")
        }
    }

    /// svd/register-ending-at-2-64 (found by the svd target): registers at 0xffff_ffff_ffff_fffc
    /// overflowed `RegisterMap.extent` and `registers(covering:)` adding the width. (The file's
    /// zero-stride array is now skipped; the same registers are built here.)
    @Test func aRegisterEndingAt2To64HasAnExtent() throws {
        let r = RegisterDefinition(name: "R0", offset: 0xffff_ffff_ffff_fffc, width: .bits32)
        let map = RegisterMap(name: "P", title: "P", selectors: [.physical(0)],
                              registers: [r, RegisterDefinition(name: "R1", offset: r.offset, width: .bits32)], source: "test")
        #expect(map.extent == UInt64.max)
        #expect(map.registers(covering: UInt64.max).count == 2)
        #expect(map.registers(covering: 0).isEmpty)
    }
}
