import Foundation
import Testing

/// Named registers, field writes, `hwx maps` and `hwx watch` on the q35 capture.
/// Writes go to copies; `iomem:` targets use a sparse `dev/mem` file in a copy.
@Suite struct RegisterMapsCLITests {
    let root = ["--root", HWXProcess.fixtures + "/q35"]

    @Test func nvmeVersionAndCapabilityDecode() throws {
        let vs = try HWXProcess.run(["read", "00:03.0/bar0/VS"] + root)
        #expect(vs.status == 0)
        #expect(vs.stdout == """
        00:03.0/bar0/VS  phys 0xfeb50008  32-bit  0x00010400  1.4.0
          TER  7:0    0  [RO]
          MNR  15:8   4  [RO]
          MJR  31:16  1  [RO]

        """)
        let mqes = try HWXProcess.run(["read", "00:03.0/bar0/CAP.MQES"] + root)
        #expect(mqes.stdout == "00:03.0/bar0/CAP.MQES  phys 0xfeb50000  64-bit  0x004018200f0107ff\n  MQES  15:0  0x7ff  [RO]\n")
        let json = try HWXProcess.run(["read", "00:03.0/bar0/VS", "--json"] + root)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.first?["summary"] as? String == "1.4.0")
        #expect(rows?.first?["register"] as? String == "VS")
        #expect((rows?.first?["fields"] as? [[String: Any]])?.map { $0["value"] as? Int } == [0, 4, 1])
    }

    @Test func unknownRegisterExplainsWhatExists() throws {
        let r = try HWXProcess.run(["read", "00:03.0/bar0/VERSION"] + root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("map nvme has no register VERSION"))
        #expect(r.stderr.contains("fix: registers: CAP VS"))
    }

    /// Arrays are listed by a name a user can read (`SQ<n>TDBL`), never the map's `%s` marker.
    @Test func unknownRegisterListsArraysByTheirElementNames() throws {
        let r = try HWXProcess.run(["read", "00:03.0/bar0/NOPE"] + root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("SQ<n>TDBL CQ<n>HDBL"))
        #expect(!r.stderr.contains("%s"))
    }

    /// A capture has no dev/mem: the fix says so instead of blaming the kernel's CONFIG_DEVMEM.
    @Test func physicalTargetOnACaptureSaysTheCaptureHasNoMemory() throws {
        let r = try HWXProcess.run(["read", "phys:0xfed000f0"] + root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("a capture holds no physical memory"))
        #expect(!r.stderr.contains("CONFIG_DEVMEM"))
    }

    @Test func fieldWriteIsReadModifyWriteAndKeepsRW1CBits() throws {
        let copy = try HWXProcess.copyFixture("q35")
        let env = ["XDG_STATE_HOME": copy + "/../state"]
        let bar = copy + "/sys/devices/pci0000:00/0000:00:03.0/resource0"
        // CSTS = RDY | NSSRO (RW1C pending); CC = IOCQES 4, IOSQES 6.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: bar))
        try handle.seek(toOffset: 0x14); handle.write(Data([0x00, 0x00, 0x46, 0x00]))
        try handle.seek(toOffset: 0x1c); handle.write(Data([0x11, 0x00, 0x00, 0x00]))
        try handle.close()
        let plan = try HWXProcess.run(["write", "00:03.0/bar0/CC.SHN", "NORMAL", "--dry-run", "--root", copy], environment: env)
        #expect(plan.status == 0)
        #expect(plan.stdout.contains("old       0x00460000\nnew       0x00464000  (mask 0x0000c000)"))
        #expect(plan.stdout.contains("fields    SHN 0 (NONE) → 1 (NORMAL)"))
        let en = try HWXProcess.run(["write", "00:03.0/bar0/CC.EN", "1", "--yes", "--root", copy], environment: env)
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.contains("read back 0x00460001"))
        // A write of the RW1C field clears only that bit's 1; RDY (RO) is written back as read.
        let clear = try HWXProcess.run(["write", "00:03.0/bar0/CSTS.NSSRO", "1", "--dry-run", "--root", copy], environment: env)
        #expect(clear.stdout.contains("new       0x00000011"))
        let refused = try HWXProcess.run(["write", "00:03.0/bar0/CSTS.RDY", "0", "--yes", "--root", copy], environment: env)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("CSTS.RDY is read-only"))
        let bad = try HWXProcess.run(["write", "00:03.0/bar0/CC.SHN", "FAST", "--root", copy], environment: env)
        #expect(bad.stderr.contains("use a number or one of: NONE, NORMAL, ABRUPT"))
        let read = try HWXProcess.run(["read", "00:03.0/bar0/CC.EN", "--root", copy])
        #expect(read.stdout.hasSuffix("  EN  0  1\n"))
    }

    @Test func eduLivenessWriteByName() throws {
        let copy = try HWXProcess.copyFixture("q35")
        let w = try HWXProcess.run(["write", "00:02.0/bar0/LIVENESS", "0x12345678", "--yes", "--root", copy],
                                   environment: ["XDG_STATE_HOME": copy + "/../state"])
        #expect(w.status == 0)
        let journal = try String(contentsOfFile: copy + "/../state/hwx/journal.jsonl", encoding: .utf8)
        #expect(journal.contains("\"target\":\"00:02.0/bar0/LIVENESS\""))
        #expect(journal.contains("\"physical_address\":\"0xfea00004\""))
    }

    @Test func iomemRegisterThroughDevMem() throws {
        let copy = try HWXProcess.copyFixture("q35")
        try FileManager.default.createDirectory(atPath: copy + "/dev", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: copy + "/dev/mem", contents: nil))
        let mem = try FileHandle(forUpdating: URL(fileURLWithPath: copy + "/dev/mem"))
        try mem.truncate(atOffset: 0xfee0_1000) // sparse: covers HPET 0 and Local APIC
        try mem.seek(toOffset: 0xfed0_0000); mem.write(Data([0x01, 0xa2, 0x86, 0x80, 0x80, 0x96, 0x98, 0x00]))
        try mem.seek(toOffset: 0xfed0_00f0); mem.write(Data([0x00, 0xe1, 0xf5, 0x05, 0, 0, 0, 0]))
        try mem.close()
        let counter = try HWXProcess.run(["read", "iomem:HPET 0/MAIN_COUNTER", "--root", copy])
        #expect(counter.stdout.hasPrefix("iomem:HPET 0/MAIN_COUNTER  phys 0xfed000f0  64-bit  0x0000000005f5e100\n"), "\(counter.stderr)")
        let period = try HWXProcess.run(["read", "iomem:HPET 0/GCAP_ID.COUNTER_CLK_PERIOD", "--root", copy])
        #expect(period.stdout.hasSuffix("COUNTER_CLK_PERIOD  63:32  0x989680  [RO]\n"))
    }

    @Test func mapsListShowsWhatMatchesHere() throws {
        let r = try HWXProcess.run(["maps"] + root)
        #expect(r.status == 0)
        #expect(r.stdout == (try HWXProcess.golden("maps-q35")))
    }

    @Test func brokenUserMapIsReportedAndSkipped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-usermaps-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "name: bad\napplies-to: [{pci: 1234:11e8}]\nbar: 0\nregisters:\n  - {name: X, offset: 0x2, width: 32}\n"
            .write(toFile: dir + "/bad.yaml", atomically: true, encoding: .utf8)
        let list = try HWXProcess.run(["maps", "--maps", dir] + root)
        #expect(list.status == 0)
        #expect(list.stdout.contains("skipped (broken map files):\n  \(dir)/bad.yaml:5: registers[0].offset: offset 0x2 is not aligned to the 4-byte width"))
        let read = try HWXProcess.run(["read", "00:03.0/bar0/VS", "--maps", dir] + root)
        #expect(read.status == 0)
        #expect(read.stderr.contains("warning: register map skipped: \(dir)/bad.yaml:5"))
    }

    /// Hostile files in the user's map folder (nested 5,000 deep, binary garbage, a deep
    /// SVD) never stop a verb: each runs, and a verb that loads maps names each file once.
    @Test func hostileUserMapsNeverStopAVerb() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-hostile-\(UUID().uuidString)").path
        let dir = config + "/hwx/maps"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var staircase = ""
        for level in 0..<5000 { staircase += String(repeating: " ", count: level) + "a:\n" }
        try staircase.write(toFile: dir + "/deep.yaml", atomically: true, encoding: .utf8)
        try (String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).write(toFile: dir + "/deep.json", atomically: true, encoding: .utf8)
        try Data([0xff, 0xfe, 0x00, 0x01, 0x1b]).write(to: URL(fileURLWithPath: dir + "/garbage.yml"))
        try ("<device>" + String(repeating: "<a>", count: 5000)).write(toFile: dir + "/deep.svd", atomically: true, encoding: .utf8)
        let env = ["XDG_CONFIG_HOME": config]
        let broken = ["deep.json", "deep.svd", "deep.yaml", "garbage.yml"]
        let read = try HWXProcess.run(["read", "00:03.0/bar0/VS"] + root, environment: env)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.hasPrefix("00:03.0/bar0/VS  phys 0xfeb50008  32-bit  0x00010400  1.4.0"))
        for name in broken {
            #expect(read.stderr.components(separatedBy: "register map skipped: \(dir)/\(name):").count == 2, "\(name): \(read.stderr)")
        }
        #expect(read.stderr.contains("\(dir)/deep.yaml:65: not valid YAML: lists and mappings nested deeper than 64 levels"))
        let list = try HWXProcess.run(["maps"] + root, environment: env)
        #expect(list.status == 0)
        #expect(list.stdout.contains("nvme "))
        for name in broken { #expect(list.stdout.contains("  \(dir)/\(name)"), "\(name)") }
        for verb in [["list", "pci"], ["show", "00:03.0"], ["read", "00:03.0/bar0+8"], ["dump", "00:03.0/config", "--length", "16"]] {
            let r = try HWXProcess.run(verb + root, environment: env)
            #expect(r.status == 0, "\(verb): \(r.stderr)")
        }
    }

    @Test func svdImportWritesMapsThatLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let out = dir + "/edu.yaml"
        let imp = try HWXProcess.run(["maps", "import", HWXProcess.fixtures + "/svd/qemu-edu.svd", "--pci", "1234:11e8", "--bar", "0", "-o", out])
        #expect(imp.status == 0, "\(imp.stderr)")
        #expect(imp.stdout == "wrote 1 map(s) to \(out): EDU (11 registers)\n")
        let read = try HWXProcess.run(["read", "00:02.0/bar0/ID", "--maps", dir] + root)
        #expect(read.stdout.contains("  MAJOR  31:24  1  [RO]"))
        let native = try HWXProcess.run(["read", "00:02.0/bar0/ID"] + root)
        #expect(read.stdout == native.stdout.replacingOccurrences(of: "  edu 1.0", with: ""))
        let usage = try HWXProcess.run(["maps", "import", HWXProcess.fixtures + "/svd/qemu-edu.svd", "--pci", "1234:11e8"])
        #expect(usage.status == 2)
    }

    @Test func watchPrintsInitialValuesAndRefusesSideEffects() throws {
        let w = try HWXProcess.run(["watch", "00:03.0/bar0/VS", "00:03.0/bar0/VS.MNR", "00:02.0/bar0+0x0", "--count", "2", "--interval", "10"] + root)
        #expect(w.status == 0, "\(w.stderr)")
        let lines = w.stdout.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1).last.map(String.init) ?? "" }
        #expect(lines == [" 00:03.0/bar0/VS  0x00010400  1.4.0", " 00:03.0/bar0/VS.MNR  0x04  (4)", " 00:02.0/bar0+0x0  0x010000ed"])
        let icr = try HWXProcess.run(["watch", "00:06.0/bar0/ICR", "--count", "1"] + root)
        #expect(icr.status == 1)
        #expect(icr.stderr.contains("has a read side effect"))
        let forced = try HWXProcess.run(["watch", "00:06.0/bar0/ICR", "--count", "1", "--force-side-effects", "--csv"] + root)
        #expect(forced.stdout.hasPrefix("time,elapsed_ms,target,event,value,delta,rate_per_s,error\n"))
        #expect(forced.stdout.contains(",00:06.0/bar0/ICR,initial,0x"))
    }
}

extension RegisterMapsCLITests {
    @Test func mapsAndWatchJSON() throws {
        let maps = try HWXProcess.run(["maps", "--json"] + root)
        let object = try JSONSerialization.jsonObject(with: Data(maps.stdout.utf8)) as? [String: Any]
        let list = try #require(object?["maps"] as? [[String: Any]])
        let nvme = try #require(list.first { $0["name"] as? String == "nvme" })
        #expect(nvme["applies_to"] as? [String] == ["class 01:08:02"])
        #expect(nvme["bar"] as? Int == 0)
        #expect(nvme["matches"] as? [String] == ["00:03.0/bar0"])
        #expect((object?["problems"] as? [Any])?.isEmpty == true)
        let watch = try HWXProcess.run(["watch", "00:03.0/bar0/VS", "--json", "--count", "1"] + root)
        let line = try JSONSerialization.jsonObject(with: Data(watch.stdout.utf8)) as? [String: Any]
        #expect(line?["target"] as? String == "00:03.0/bar0/VS")
        #expect(line?["event"] as? String == "initial")
        #expect(line?["value"] as? String == "0x00010400")
        #expect(line?["elapsed_ms"] as? Int == 0)
    }

    @Test func mapsShowListsRegistersAndFields() throws {
        let show = try HWXProcess.run(["maps", "show", "nvme"])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("nvme: NVM Express controller registers\napplies to: class 01:08:02, BAR0\n"))
        #expect(show.stdout.contains("0x0014  CC  32-bit  Controller Configuration.\n  31:25  RSVD25  reserved\n"))
        #expect(show.stdout.contains("  15:14  SHN     RW        Shutdown Notification.  {0=NONE, 1=NORMAL, 2=ABRUPT}"))
        let missing = try HWXProcess.run(["maps", "show", "nope"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no map named nope; maps: ahci e1000e hpet"))
    }
}

/// Array registers by name on a capture whose CAP.DSTRD is 2 (Tests/Fixtures/bars).
@Suite struct RegisterArrayCLITests {
    @Test func doorbellsAreReadAtTheDeviceStride() throws {
        let copy = try HWXProcess.copyFixture("q35")
        let bar = copy + "/sys/devices/pci0000:00/0000:00:03.0/resource0"
        try FileManager.default.removeItem(atPath: bar)
        try FileManager.default.copyItem(atPath: HWXProcess.fixtures + "/bars/nvme-dstrd2-bar0.bin", toPath: bar)
        // SQ1TDBL at 0x1000 + (2 * 1) * (4 << 2) = 0x1020; CQ1HDBL one doorbell later.
        let sq = try HWXProcess.run(["read", "00:03.0/bar0/SQ1TDBL", "--root", copy])
        #expect(sq.stdout == "00:03.0/bar0/SQ1TDBL  phys 0xfeb51020  32-bit  0x00000007\n  SQT  15:0  7\n", "\(sq.stderr)")
        let cq = try HWXProcess.run(["read", "00:03.0/bar0/cq1hdbl.CQH", "--root", copy])
        #expect(cq.stdout.hasPrefix("00:03.0/bar0/cq1hdbl.CQH  phys 0xfeb51030  32-bit  0x00000003"), "\(cq.stdout)\(cq.stderr)")
        let cq0 = try HWXProcess.run(["read", "00:03.0/bar0/CQ0HDBL", "--root", copy])
        #expect(cq0.stdout.hasPrefix("00:03.0/bar0/CQ0HDBL  phys 0xfeb51010  32-bit  0x00000012"), "\(cq0.stdout)")
        let past = try HWXProcess.run(["read", "00:03.0/bar0/SQ65TDBL", "--root", copy])
        #expect(past.status == 1)
        #expect(past.stderr.contains("array SQ%sTDBL of map nvme has 65 elements on this device (count: 65): SQ0TDBL … SQ64TDBL"), "\(past.stderr)")
    }
}

/// SVD files with broken elements: imported, each skipped element named on stderr.
@Suite struct SVDWarningsCLITests {
    @Test func importWarnsAndWritesTheRest() throws {
        let dir = try HWXProcess.copyFixture("svd")
        let out = dir + "/../vendor.yaml"
        let imp = try HWXProcess.run(["maps", "import", dir + "/vendor-forms.svd", "-o", out])
        #expect(imp.status == 0, "\(imp.stderr)")
        #expect(imp.stdout.hasSuffix("TIMER0 (10 registers, 2 arrays), TIMER1 (10 registers, 2 arrays)\n"), "\(imp.stdout)")
        #expect(imp.stderr.contains("hwx: warning: \(dir)/vendor-forms.svd:62: peripheral TIMER0.LOST.derivedFrom: derives from NOWHERE, which is not in this file; skipped\n"), "\(imp.stderr)")
        // The written file loads, and a folder with the SVD lists its skipped elements.
        let read = try HWXProcess.run(["maps", "show", "TIMER0", "--maps", dir])
        #expect(read.stdout.contains("CC%s"), "\(read.stdout)")
        let list = try HWXProcess.run(["maps", "--maps", dir, "--root", HWXProcess.fixtures + "/q35"])
        #expect(list.stdout.contains("skipped (broken elements of SVD files; the rest loaded):\n  \(dir)/vendor-forms.svd:32: peripheral TIMER0.SHORTS.BROKEN"), "\(list.stdout)")
    }
}
