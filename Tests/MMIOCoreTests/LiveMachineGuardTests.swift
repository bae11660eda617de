#if canImport(Glibc)
import Glibc
#endif
import LiveMachineGuard
import Testing
@testable import MMIOCore

/// The guard that fails the test run when a test opens this machine's /sys or /proc
/// (Tests/LiveMachineGuard, Sources/MMIOCore/Machine/LiveRootGuard.swift). These tests make
/// it trip on purpose, into a log of their own, and check that it would fail the run.
@Suite struct LiveMachineGuardTests {
    @Test func theGuardIsOnForTheTestProcess() throws {
        let log = String(cString: lmg_log_path())
        #expect(!log.isEmpty)
        #expect(LiveRootGuard.processLog == log, "set before the first open of the process")
        #expect(String(cString: try #require(getenv(LiveRootGuard.environmentVariable))) == log,
                "inherited by every hwx the tests start")
    }

    @Test func readingThisMachinesIomemTripsItAndWouldFailTheRun() throws {
        let dir = TemporaryDirectory()
        let log = dir.path + "/guard.log"
        let attempt = LiveRootGuard.$redirectedLog.withValue(log) { () -> FileAccessError.Problem? in
            do {
                _ = try MachineRoot.live.read("/proc/iomem", role: .procText)
                return nil
            } catch let error as FileAccessError {
                return error.problem
            } catch {
                return nil
            }
        }
        #expect(attempt == .liveMachineInTest, "refused: the test gets none of this machine's data")
        let entries = String(decoding: try #require(FileIO.readAll(log)), as: UTF8.self)
        #expect(entries.hasSuffix(" /proc/iomem\n"))
        #expect(lmg_report(log, 0) == 1, "the at-exit check finds the entry: the run exits 1")
    }

    @Test func noPathSpellingGetsPast() throws {
        let dir = TemporaryDirectory()
        let log = dir.path + "/guard.log"
        // A link to /proc named by the user, sysfs listed by name and through the live root.
        #expect(symlink("/proc/iomem", dir.path + "/iomem") == 0)
        #expect(symlink("/sys", dir.path + "/sys") == 0)
        LiveRootGuard.$redirectedLog.withValue(log) {
            #expect(FileIO.readAll(dir.path + "/iomem", role: .procText) == nil)
            #expect(FileIO.list("/sys/bus/pci/devices").isEmpty)
            // A capture whose sys links to /sys never gets there (the target counts from the
            // capture's top, so it is a loop); nothing to trip on.
            #expect(MachineRoot(dir.path).list("/sys/bus/pci/devices").isEmpty)
            #expect(PCIEnumerator(root: .live).functions().isEmpty)
        }
        #expect(lmg_report(log, 0) == 3)
    }
}
