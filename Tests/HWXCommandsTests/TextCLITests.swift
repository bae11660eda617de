import Foundation
import Testing

/// Issue 9 item 5 and the unreadable `--pci-ids`, end to end: CRLF files read as LF ones,
/// NUL bytes and non-UTF-8 text are exit 1 naming the file and line, and control characters
/// in names reach the terminal escaped (`\x1b`).
@Suite struct TextCLITests {
    let ids = ["--pci-ids", HWXProcess.fixtures + "/pci.ids.subset"]

    static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    /// A copy of q35 whose /proc/`file` is `transform`ed.
    func q35(editing file: String, _ transform: (Data) -> Data) throws -> String {
        let root = try HWXProcess.copyFixture("q35")
        let path = root + "/proc/" + file
        try transform(try Data(contentsOf: URL(fileURLWithPath: path))).write(to: URL(fileURLWithPath: path))
        return root
    }

    @Test func controlCharactersInAnIomemNameArePrintedEscaped() throws {
        let root = try q35(editing: "iomem") { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "HPET 0", with: "HPET\u{1b}[31m0\u{07}").utf8) }
        let result = try HWXProcess.run(["list", "iomem", "--tree", "--root", root] + ids)
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try HWXProcess.golden("list-iomem-tree-q35")
        #expect(golden.contains("  HPET 0\n"))
        #expect(result.stdout == golden.replacingOccurrences(of: "  HPET 0\n", with: "  HPET\\x1b[31m0\\x07\n"))
        #expect(!result.stdout.contains("\u{1b}") && !result.stdout.contains("\u{07}"))
        let flat = try HWXProcess.run(["list", "iomem", "--root", root] + ids).stdout
        #expect(flat.contains("fed00000-fed003ff      1K  HPET\\x1b[31m0\\x07\n"))
        // JSON keeps the name, escaped the JSON way.
        let json = try HWXProcess.run(["list", "iomem", "--json", "--root", root] + ids).stdout
        #expect(json.contains("\"HPET\\u001b[31m0\\u0007\""))
    }

    @Test func controlCharactersInPCIIDsNamesArePrintedEscaped() throws {
        let dir = try HWXProcess.copyFixture("q35")
        let text = try String(contentsOfFile: HWXProcess.fixtures + "/pci.ids.subset", encoding: .utf8)
        try text.replacingOccurrences(of: "1b36  Red Hat, Inc.", with: "1b36  Red\u{1b}]0;owned\u{07} Hat").write(toFile: dir + "/evil.ids", atomically: true, encoding: .utf8)
        let result = try HWXProcess.run(["list", "pci", "--root", dir, "--pci-ids", dir + "/evil.ids"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Red\\x1b]0;owned\\x07 Hat"))
        #expect(!result.stdout.contains("\u{1b}"))
    }

    @Test func crlfMapsAndDumpsListLikeLF() throws {
        let root = try q35(editing: "iomem") { Data(Self.crlf(String(decoding: $0, as: UTF8.self)).utf8) }
        let result = try HWXProcess.run(["list", "iomem", "--tree", "--root", root] + ids)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout == (try HWXProcess.golden("list-iomem-tree-q35")))

        let dump = HWXProcess.fixtures + "/dumps/q35.lspci"
        let copy = root + "/q35-crlf.lspci"
        try Self.crlf(try String(contentsOfFile: dump, encoding: .utf8)).write(toFile: copy, atomically: true, encoding: .utf8)
        let lf = try HWXProcess.run(["list", "pci", "--from-dump", dump] + ids)
        let crlf = try HWXProcess.run(["list", "pci", "--from-dump", copy] + ids)
        #expect(lf.status == 0 && crlf.status == 0, "\(crlf.stderr)")
        #expect(crlf.stdout == lf.stdout)
        #expect(lf.stdout.split(separator: "\n").count > 10)
    }

    @Test func nulOrNonUTF8IsAnErrorNamingTheFileAndLine() throws {
        let root = try q35(editing: "iomem") { data in
            var bytes = [UInt8](data)
            let second = bytes.firstIndex(of: 0x0a)! + 1
            bytes[second + 4] = 0
            return Data(bytes)
        }
        let list = try HWXProcess.run(["list", "iomem", "--root", root])
        #expect(list.status == 1)
        #expect(list.stderr.contains("read \(root)/proc/iomem: line 2, column 5: a NUL byte"), "\(list.stderr)")
        #expect(list.stderr.contains("fix: the capture's copy is damaged: capture the machine again"))
        #expect(list.stdout.isEmpty)
        // The rest of the machine still lists.
        #expect(try HWXProcess.run(["list", "pci", "--root", root] + ids).status == 0)

        let dump = root + "/bad.lspci"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: HWXProcess.fixtures + "/dumps/q35.lspci")))
        let third = bytes.indices.filter { bytes[$0] == 0x0a }[1] + 1
        bytes[third] = 0xff
        try Data(bytes).write(to: URL(fileURLWithPath: dump))
        let show = try HWXProcess.run(["list", "pci", "--from-dump", dump] + ids)
        #expect(show.status == 1)
        #expect(show.stderr.contains("\(dump): line 3, column 1: byte 0xff is not UTF-8"), "\(show.stderr)")
    }

    @Test func aNamedPCIIDsFileThatCannotBeReadIsAnError() throws {
        let dir = try HWXProcess.copyFixture("q35")
        let fifo = dir + "/fifo.ids"
        #expect(mkfifo(fifo, 0o600) == 0)
        for (file, why) in [(dir + "/missing.ids", "No such file"), (dir, "it is a directory"), (fifo, "it is a FIFO")] {
            for verb in [["list", "pci"], ["show", "00:03.0"], ["read", "00:03.0/config+0"]] {
                let r = try HWXProcess.run(verb + ["--root", dir, "--pci-ids", file])
                #expect(r.status == 1, "\(verb) \(file): \(r.stderr)")
                #expect(r.stderr.contains("cannot use --pci-ids \(file): "), "\(r.stderr)")
                #expect(r.stderr.contains(why), "\(r.stderr)")
                #expect(r.stderr.contains("fix: name a readable pci.ids file"))
                #expect(r.stdout.isEmpty)
            }
        }
        // The TUI refuses it before the screen starts.
        let tui = try HWXProcess.run(["--root", dir, "--pci-ids", dir + "/missing.ids"])
        #expect(tui.status == 1 && tui.stderr.contains("cannot use --pci-ids"))
    }

    @Test func aResourceFileThatIsNotTextIsNamedByReadAndShow() throws {
        let root = try HWXProcess.copyFixture("q35")
        let resource = root + "/sys/devices/pci0000:00/0000:00:03.0/resource"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: resource)))
        bytes[bytes.firstIndex(of: 0x0a)! + 3] = 0xc0
        try Data(bytes).write(to: URL(fileURLWithPath: resource))
        let read = try HWXProcess.run(["read", "00:03.0/bar0+0", "--root", root])
        #expect(read.status == 1)
        #expect(read.stderr.contains("read \(resource): line 2, column 3: byte 0xc0 is not UTF-8"), "\(read.stderr)")
        #expect(read.stderr.contains("fix: the capture's copy is damaged"))
        let show = try HWXProcess.run(["show", "00:03.0", "--root", root] + ids)
        #expect(show.status == 0)
        #expect(show.stderr.contains("line 2, column 3: byte 0xc0 is not UTF-8") && show.stderr.contains("no BARs shown for 00:03.0"), "\(show.stderr)")
    }
}
