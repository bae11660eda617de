#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MMIOCore

/// The file-access layer (Sources/MMIOCore/Machine/PathResolver.swift): every path of a
/// capture resolves inside it, through openat2 and through the component walk alike;
/// files that are not what the open site expects are refused without blocking; reads stop
/// at what the file can hold.
@Suite struct FileAccessTests {
    static let resolutions: [PathResolution] = [.automatic, .componentWalk]
    static let nvmeDir = "/sys/devices/pci0000:00/0000:00:03.0"
    static let eduDir = "/sys/devices/pci0000:00/0000:00:02.0"
    let nvme = PCIAddress(bus: 0, device: 3, function: 0)
    let edu = PCIAddress(bus: 0, device: 2, function: 0)

    /// A writable copy of q35 in `dir`, opened with `resolution`.
    func capture(_ dir: TemporaryDirectory, _ resolution: PathResolution) -> MachineRoot {
        MachineRoot(dir.copy(fixture: Fixtures.root("q35"), as: "root").directory, resolution: resolution)
    }

    /// Replaces the machine file `relative` by a symlink to `target`.
    func link(_ root: MachineRoot, _ relative: String, to target: String) {
        unlink(root.path(relative))
        _ = system("rm -rf '\(root.path(relative))'")
        #expect(symlink(target, root.path(relative)) == 0)
    }

    func problem(_ body: () throws(FileAccessError) -> Void) -> FileAccessError.Problem? {
        do {
            try body()
            return nil
        } catch {
            return error.problem
        }
    }

    @Test(arguments: resolutions) func linksInsideTheRootResolveAsInSysfs(resolution: PathResolution) throws {
        let dir = TemporaryDirectory()
        let root = capture(dir, resolution)
        // sys/bus/pci/devices/X -> ../../../devices/...: relative links, as the kernel makes them.
        #expect(Machine.load(root: root).functions.count == 13)
        // An absolute link counts from the root, as RESOLVE_IN_ROOT reads it.
        link(root, "/sys/bus/pci/devices/0000:00:03.0", to: Self.nvmeDir)
        _ = system("mv '\(root.path(Self.nvmeDir))/config' '\(root.path("/nvme-config"))'")
        link(root, Self.nvmeDir + "/config", to: "/nvme-config")
        let f = try #require(Machine.load(root: root).function(nvme))
        #expect(f.vendorID == 0x1b36 && f.config.count == 4096)
        #expect(try root.read(Self.nvmeDir + "/config", role: .configSpace).count == 4096)
        // readlink gives the link's own text.
        #expect(f.driver == "nvme")
        #expect(root.linkTarget(Self.nvmeDir + "/config") == "/nvme-config")
    }

    @Test(arguments: resolutions) func configLinkOutOfTheRootIsRefusedAndTheOutsideFileUnchanged(resolution: PathResolution) throws {
        let dir = TemporaryDirectory()
        let root = capture(dir, resolution)
        let outside = dir.path + "/outside"
        FileIO.write(outside, Array(repeating: 0xaa, count: 256))
        link(root, Self.eduDir + "/config", to: "../../../../../outside")
        let p = problem { () throws(FileAccessError) in _ = try root.read(Self.eduDir + "/config", role: .configSpace) }
        #expect(p == .leavesRoot(link: Self.eduDir + "/config", target: "../../../../../outside"))
        let machine = Machine.load(root: root)
        let resolver = TargetResolver(machine: machine, writable: true)
        #expect(throws: AccessError.self) { try resolver.open(.config(edu, offset: 0)) }
        #expect(FileIO.readAll(outside) == Array(repeating: 0xaa, count: 256))
    }

    @Test(arguments: resolutions) func resourceLinkOutOfTheRootIsRefused(resolution: PathResolution) throws {
        let dir = TemporaryDirectory()
        let root = capture(dir, resolution)
        let outside = dir.path + "/bar"
        FileIO.write(outside, Array(repeating: 0x55, count: 16384))
        link(root, Self.nvmeDir + "/resource0", to: "../../../../../bar")   // one .. more than the root has
        let resolver = TargetResolver(machine: Machine.load(root: root), writable: true)
        do {
            _ = try resolver.open(.bar(nvme, index: 0, offset: 0))
            Issue.record("a resource0 outside the root was opened")
        } catch {
            #expect(error.reason == .refusedFile)
            #expect(error.description.contains("resource0 -> ../../../../../bar"), "the message names the link")
        }
        #expect(FileIO.readAll(outside) == Array(repeating: 0x55, count: 16384))
    }

    @Test(arguments: resolutions) func deviceDirectoryOutOfTheRootIsNotEnumerated(resolution: PathResolution) throws {
        let dir = TemporaryDirectory()
        let root = capture(dir, resolution)
        // A host bridge directory that is a link out of the root, to a copy with other IDs.
        _ = system("cp -a '\(root.path("/sys/devices/pci0000:00"))' '\(dir.path)/elsewhere' && echo 0xdead > '\(dir.path)/elsewhere/0000:00:03.0/vendor'")
        link(root, "/sys/devices/pci0000:00", to: "../../../elsewhere")
        let machine = Machine.load(root: root)
        #expect(machine.functions.isEmpty, "every function lives below the escaping link")
        #expect(problem { () throws(FileAccessError) in _ = try root.directory(Self.nvmeDir) }
                == .leavesRoot(link: "/sys/devices/pci0000:00", target: "../../../elsewhere"))
    }

    @Test(arguments: resolutions) func procIomemOutOfTheRootIsRefused(resolution: PathResolution) throws {
        let dir = TemporaryDirectory()
        let root = capture(dir, resolution)
        FileIO.write(dir.path + "/iomem", Array("00000000-ffffffff : outside\n".utf8))
        link(root, "/proc/iomem", to: "../../iomem")
        #expect(Machine.load(root: root).iomem == nil)
        #expect(problem { () throws(FileAccessError) in _ = try root.read("/proc/iomem", role: .procText) }
                == .leavesRoot(link: "/proc/iomem", target: "../../iomem"))
        // An absolute target never reaches the machine's own file: it counts from the root.
        FileIO.write(root.path("/etc-iomem"), Array("00000000-00000fff : inside\n".utf8))
        link(root, "/proc/iomem", to: dir.path + "/iomem")
        #expect(problem { () throws(FileAccessError) in _ = try root.read("/proc/iomem", role: .procText) } == .system(SystemError(ENOENT)))
        link(root, "/proc/iomem", to: "/etc-iomem")
        #expect(Machine.load(root: root).iomem?.roots.first?.name == "inside")
    }

    @Test(arguments: resolutions) func dotDotAboveTheRootAndLoopsAreRefused(resolution: PathResolution) throws {
        let dir = TemporaryDirectory()
        let root = capture(dir, resolution)
        #expect(problem { () throws(FileAccessError) in _ = try root.read("/proc/../../root/proc/iomem", role: .procText) } == .pathLeavesRoot)
        link(root, "/proc/ioports", to: "ioports")
        #expect(problem { () throws(FileAccessError) in _ = try root.read("/proc/ioports", role: .procText) } == .tooManyLinks)
    }

    @Test func fifosAreRefusedWithoutBlocking() throws {
        let dir = TemporaryDirectory()
        let root = capture(dir, .automatic)
        for relative in [Self.nvmeDir + "/config", Self.nvmeDir + "/resource0", "/proc/ioports"] {
            unlink(root.path(relative))
            #expect(mkfifo(root.path(relative), 0o600) == 0)
        }
        let role: [String: FileRole] = [Self.nvmeDir + "/config": .configSpace, Self.nvmeDir + "/resource0": .resource, "/proc/ioports": .procText]
        for (relative, r) in role {
            #expect(problem { () throws(FileAccessError) in _ = try root.open(relative, role: r) } == .wrongKind(found: .fifo), "\(relative)")
        }
        let machine = Machine.load(root: root)
        #expect(machine.ioports == nil && machine.function(nvme)?.config.count == 0)
        let resolver = TargetResolver(machine: machine, writable: false)
        #expect(throws: AccessError.self) { try resolver.open(.config(nvme, offset: 0)) }
        #expect(throws: AccessError.self) { try resolver.open(.bar(nvme, index: 0, offset: 0)) }
        // A names database that is a FIFO gives no names, and does not hang.
        #expect(mkfifo(dir.path + "/pci.ids", 0o600) == 0)
        #expect(PCIIDs.load(path: dir.path + "/pci.ids").source == nil)
        #expect(problem { () throws(FileAccessError) in _ = try FileIO.read(dir.path + "/pci.ids", role: .namesDatabase) } == .wrongKind(found: .fifo))
    }

    @Test func devicesAndOversizeFilesAreRefusedBeforeReading() throws {
        // /dev/zero as config space: refused by type, never read (memory cannot grow).
        #expect(problem { () throws(FileAccessError) in _ = try FileIO.read("/dev/zero", role: .configSpace) }
                == .wrongKind(found: .characterDevice(major: 1, minor: 5)))
        #expect(!FileRole.physicalMemory.accepts(.characterDevice(major: 1, minor: 1), live: false), "no device node in a capture")
        #expect(FileRole.physicalMemory.accepts(.characterDevice(major: 1, minor: 1), live: true))
        #expect(!FileRole.physicalMemory.accepts(.characterDevice(major: 1, minor: 5), live: true))
        let dir = TemporaryDirectory()
        let root = capture(dir, .automatic)
        FileIO.write(root.path(Self.nvmeDir + "/config"), Array(repeating: 0, count: 4097))
        #expect(problem { () throws(FileAccessError) in _ = try root.read(Self.nvmeDir + "/config", role: .configSpace) } == .tooLarge(limit: 4096))
        // A sparse 17 MiB /proc/iomem: refused from its size, without reading it.
        let fd = try root.open("/proc/iomem", role: .output, mode: .create(permissions: 0o644))
        #expect(fd.truncate(to: 17 << 20) == nil)
        fd.close()
        #expect(problem { () throws(FileAccessError) in _ = try root.read("/proc/iomem", role: .procText) } == .tooLarge(limit: 16 << 20))
        #expect(Machine.load(root: root).iomem == nil)
    }

    @Test func theLimitItselfIsReadAndOneBytePastItIsAnError() throws {
        let dir = TemporaryDirectory()
        FileIO.write(dir.path + "/limit", Array(repeating: 0x41, count: 4096))
        FileIO.write(dir.path + "/past", Array(repeating: 0x41, count: 4097))
        #expect(try FileIO.read(dir.path + "/limit", role: .configSpace).count == 4096)
        #expect(problem { () throws(FileAccessError) in _ = try FileIO.read(dir.path + "/past", role: .configSpace) } == .tooLarge(limit: 4096))
    }
}
