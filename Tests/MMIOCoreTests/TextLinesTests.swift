#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MMIOCore

/// Issue 9 item 5: every text parser reads LF and CRLF alike (`TextLines`), and a NUL byte
/// or bytes that are not UTF-8 are an error naming the file, line and column.
@Suite struct TextLinesTests {
    static func crlf(_ text: String) -> String {
        String(decoding: Array(text.utf8).flatMap { $0 == 0x0a ? [0x0d, 0x0a] : [$0] }, as: UTF8.self)
    }

    static func fixtureText(_ path: String) throws -> String {
        String(decoding: try FileIO.read(Fixtures.directory + "/" + path, role: .textFile), as: UTF8.self)
    }

    func lines(_ text: String) -> [String] { TextLines(text).map { String($0.text) } }

    @Test func lfAndCRLFGiveTheSameLines() {
        #expect(lines("a\nb\n") == ["a", "b"])
        #expect(lines("a\r\nb\r\n") == ["a", "b"])
        #expect(lines("a\r\n\r\nb") == ["a", "", "b"])
        #expect(lines("a\nb") == ["a", "b"])
        #expect(lines("") == [])
        #expect(lines("\n") == [""])
        // A CR inside a line is kept: only the one before LF belongs to the line end.
        #expect(lines("a\rb\r\r\n") == ["a\rb\r"])
        #expect(TextLines("x\r\ny\n").map(\.number) == [1, 2])
    }

    @Test func nulAndInvalidUTF8AreNamedByLineAndColumn() {
        func problem(_ bytes: [UInt8]) -> InvalidText? {
            do { _ = try TextLines(validating: bytes); return nil } catch { return error }
        }
        #expect(problem(Array("ok\r\nfine\n".utf8)) == nil)
        #expect(problem(Array("naïve ✓ 🙂\n".utf8)) == nil)
        #expect(problem(Array("line one\nab\0c\n".utf8)) == InvalidText(.nulByte, line: 2, column: 3))
        #expect(problem([0x61, 0x0a, 0x0a, 0x62, 0xff]) == InvalidText(.invalidUTF8(byte: 0xff), line: 3, column: 2))
        // Overlong NUL, a UTF-16 surrogate, past U+10FFFF, a cut sequence.
        #expect(problem([0xc0, 0x80]) == InvalidText(.invalidUTF8(byte: 0xc0), line: 1, column: 1))
        #expect(problem(Array("x".utf8) + [0xed, 0xa0, 0x80]) == InvalidText(.invalidUTF8(byte: 0xed), line: 1, column: 2))
        #expect(problem([0xf4, 0x90, 0x80, 0x80]) == InvalidText(.invalidUTF8(byte: 0xf4), line: 1, column: 1))
        #expect(problem(Array("é".utf8.prefix(1)) + [0x0a]) == InvalidText(.invalidUTF8(byte: 0xc3), line: 1, column: 1))
        #expect(InvalidText(.nulByte, line: 2, column: 3).description == "line 2, column 3: a NUL byte")
    }

    @Test func iomemAndIoportsFromCRLFMatchLF() throws {
        for kind in [ResourceMap.Kind.iomem, .ioports] {
            let text = try Self.fixtureText("q35/proc/" + kind.rawValue)
            let lf = ResourceMap.parse(text, kind: kind)
            let crlf = ResourceMap.parse(Self.crlf(text), kind: kind)
            #expect(lf.allRegions.count > 10)
            #expect(crlf == lf)
            #expect(crlf.allRegions.map(\.name) == lf.allRegions.map(\.name))
            #expect(crlf.skippedLines.isEmpty)
        }
    }

    @Test func capturedMachineWithCRLFMapsLoadsTheSame() {
        let dir = TemporaryDirectory()
        let root = dir.copy(fixture: Fixtures.root("q35"), as: "root")
        let lf = Machine.load(root: root, names: false)
        for kind in ["iomem", "ioports"] {
            let text = String(decoding: try! FileIO.read(root.path("/proc/" + kind), role: .textFile), as: UTF8.self)
            FileIO.write(root.path("/proc/" + kind), Array(Self.crlf(text).utf8))
        }
        let crlf = Machine.load(root: root, names: false)
        #expect(crlf.iomem == lf.iomem && crlf.ioports == lf.ioports)
        #expect(crlf.iomem?.allRegions.count == lf.iomem?.allRegions.count)
        #expect(crlf.iomemFailure == nil)
    }

    @Test func lspciDumpFromCRLFMatchesLF() throws {
        for file in ["dumps/q35.lspci", "dumps/decoders.lspci"] {
            let text = try Self.fixtureText(file)
            let lf = LspciDumpParser.parse(text), crlf = LspciDumpParser.parse(Self.crlf(text))
            #expect(lf.functions.count > 1)
            #expect(crlf.functions.map(\.address) == lf.functions.map(\.address))
            #expect(crlf.functions.map(\.config.bytes) == lf.functions.map(\.config.bytes))
            #expect(crlf.functions.map(\.description) == lf.functions.map(\.description))
            #expect(crlf.functions.map(\.line) == lf.functions.map(\.line))
        }
    }

    @Test func pciIDsFromCRLFMatchesLF() throws {
        let text = try Self.fixtureText("pci.ids.subset")
        let lf = PCIIDs(text: text), crlf = PCIIDs(text: Self.crlf(text))
        #expect(!lf.vendors.isEmpty && !lf.classes.isEmpty)
        for (vendor, v) in lf.vendors {
            #expect(crlf.vendorName(vendor) == v.name)
            for (device, d) in v.devices {
                #expect(crlf.deviceName(vendor, device) == d.name)
                #expect(crlf.vendors[vendor]?.devices[device]?.subsystems == d.subsystems)
            }
        }
        for (base, c) in lf.classes {
            #expect(crlf.className(base) == c.name)
            for (sub, s) in c.subclasses {
                #expect(crlf.subclassName(base, sub) == s.name)
                #expect(crlf.classes[base]?.subclasses[sub]?.progIFs == s.progIFs)
            }
        }
    }

    @Test func resourceFileFromCRLFMatchesLF() {
        let text = "0x00000000feb50000 0x00000000feb53fff 0x0000000000140204\n0x0000000000000000 0x0000000000000000 0x0000000000000000\n0x000000000000c000 0x000000000000c03f 0x0000000000040101\n"
        let lf = BAR.parseResourceFile(text)
        #expect(lf.count == 3)
        #expect(BAR.parseResourceFile(Self.crlf(text)) == lf)
    }

    @Test func registerMapsFromCRLFMatchLF() throws {
        let yamlText = try String(decoding: FileIO.read(Fixtures.directory + "/../../Resources/RegisterMaps/nvme.yaml", role: .textFile), as: UTF8.self)
        let yaml = try RegisterMapParser(file: "nvme.yaml").parse(yamlText)
        #expect(try RegisterMapParser(file: "nvme.yaml").parse(Self.crlf(yamlText)) == yaml)
        #expect(!yaml.isEmpty)
        let svdText = try Self.fixtureText("svd/qemu-edu.svd")
        let svd = try SVDImporter(file: "qemu-edu.svd").importMaps(svdText)
        #expect(try SVDImporter(file: "qemu-edu.svd").importMaps(Self.crlf(svdText)) == svd)
        #expect(!svd.isEmpty)
    }

    @Test func nulOrInvalidUTF8InACaptureIsAFailureNamingFileAndLine() throws {
        let dir = TemporaryDirectory()
        let root = dir.copy(fixture: Fixtures.root("q35"), as: "root")
        var bytes = try FileIO.read(root.path("/proc/iomem"), role: .textFile)
        let secondLine = try #require(bytes.firstIndex(of: 0x0a)) + 1
        bytes[secondLine + 4] = 0
        FileIO.write(root.path("/proc/iomem"), bytes)
        FileIO.write(root.path("/proc/ioports"), Array("0000-0cf7 : PCI Bus 0000:00\n  0000-001f : dma".utf8) + [0xe9, 0x0a])
        let machine = Machine.load(root: root, names: false)
        #expect(machine.iomem == nil && machine.ioports == nil)
        let iomem = try #require(machine.iomemFailure)
        #expect(iomem.problem == .invalidText(InvalidText(.nulByte, line: 2, column: 5)))
        #expect(iomem.summary == "read \(root.path("/proc/iomem")): line 2, column 5: a NUL byte; a procfs table must be UTF-8 text without NUL bytes")
        #expect(iomem.fix == .advice("the capture's copy is damaged: capture the machine again"))
        #expect(machine.ioportsFailure?.problem == .invalidText(InvalidText(.invalidUTF8(byte: 0xe9), line: 2, column: 18)))
        // The PCI functions are still read.
        #expect(machine.functions.count == 13)
    }

    @Test func missingMapSaysWhy() {
        let dir = TemporaryDirectory()
        let root = dir.copy(fixture: Fixtures.root("q35"), as: "root")
        unlink(root.path("/proc/ioports"))
        let machine = Machine.load(root: root, names: false)
        #expect(machine.ioports == nil && machine.iomem != nil)
        #expect(machine.mapFailure(.ioports)?.errno?.code == ENOENT)
        #expect(machine.mapFailure(.iomem) == nil)
    }

    @Test func namedPCIIDsThatCannotBeReadRecordWhy() {
        let dir = TemporaryDirectory()
        #expect(PCIIDs.load(path: dir.path + "/missing.ids").failure?.errno?.code == ENOENT)
        #expect(PCIIDs.load(path: dir.path).failure?.problem == .wrongKind(found: .directory))
        FileIO.write(dir.path + "/nul.ids", Array("8086  Intel\n\t1234  A\0B\n".utf8))
        #expect(PCIIDs.load(path: dir.path + "/nul.ids").failure?.problem == .invalidText(InvalidText(.nulByte, line: 2, column: 9)))
        FileIO.write(dir.path + "/ok.ids", Array("8086  Intel\r\n\t1234  Thing\r\n".utf8))
        let ok = PCIIDs.load(path: dir.path + "/ok.ids")
        #expect(ok.failure == nil && ok.deviceName(0x8086, 0x1234) == "Thing")
        // The standard places are looked up quietly: no failure without a path.
        #expect(PCIIDs().failure == nil)
    }

    @Test func mapFileWithNulIsAProblemWithItsLine() {
        let dir = TemporaryDirectory()
        FileIO.write(dir.path + "/bad.yaml", Array("name: x\r\nmatch: {}\r\nregisters:\r\n  - name: A\0\r\n".utf8))
        var catalog = RegisterMapCatalog()
        catalog.addFile(dir.path + "/bad.yaml")
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems.first?.line == 4)
        #expect(catalog.problems.first?.file == dir.path + "/bad.yaml")
        #expect(catalog.problems.first?.message.contains("NUL byte at column 12") == true)
    }

    @Test func sysfsResourceFromCRLFMatchesAndNulIsNamed() throws {
        let dir = TemporaryDirectory()
        let root = dir.copy(fixture: Fixtures.root("q35"), as: "root")
        let nvme = PCIAddress(bus: 0, device: 3, function: 0)
        let resource = root.path("/sys/devices/pci0000:00/0000:00:03.0/resource")
        let lf = try #require(Machine.load(root: root, names: false).function(nvme))
        #expect(lf.bars.contains { $0.isUsed })
        let text = String(decoding: try FileIO.read(resource, role: .textFile), as: UTF8.self)
        FileIO.write(resource, Array(Self.crlf(text).utf8))
        let crlf = try #require(Machine.load(root: root, names: false).function(nvme))
        #expect(crlf.resources == lf.resources && crlf.resourceProblem == nil)
        var bytes = Array(text.utf8)
        bytes[bytes.firstIndex(of: 0x0a)! + 3] = 0
        FileIO.write(resource, bytes)
        let bad = try #require(Machine.load(root: root, names: false).function(nvme))
        #expect(bad.resources.isEmpty)
        #expect(bad.resourceProblem?.problem == .invalidText(InvalidText(.nulByte, line: 2, column: 3)))
        #expect(bad.resourceProblem?.path == resource)
        // Opening its BAR says why, naming the file and line.
        do {
            _ = try TargetResolver(machine: Machine.load(root: root, names: false), writable: false).open(.bar(nvme, index: 0, offset: 0))
            Issue.record("opened a BAR of a resource file that is not text")
        } catch {
            #expect(error.summary == "read \(resource): line 2, column 3: a NUL byte; a sysfs attribute must be UTF-8 text without NUL bytes")
        }
    }
}
