import MMIOCore
import Testing
import TerminalUI
@testable import Explorer

/// Config-field editing at 80x24: the details cursor on a field (the target name in the
/// status line), the confirmation dialog of a field write, and the refusal without --write.
@MainActor
@Suite struct ConfigFieldGoldenTests {
    /// 00:02.0 selected, `f` to its first field, ↓ to COMMAND.BusMaster.
    func onBusMaster(_ d: AppDriver) {
        d.select(.function(.q35("00:02.0")))
        d.press(.char("f"))
        for _ in 0..<20 where d.app.selectedConfigField?.name != "COMMAND.BusMaster" { d.press(.down) }
    }

    @Test func cursorOnAConfigField() {
        let d = AppDriver(machine: Fixtures.machine())
        onBusMaster(d)
        let screen = d.screen
        Golden.check(screen, "config-field-cursor-80x24")
        #expect(screen.contains(" 00:02.0/config/COMMAND.BusMaster  bits 2 RW · read-only session"))
        #expect(screen.contains("f Field"))
    }

    @Test func refusedWithoutWrite() {
        let d = AppDriver(machine: Fixtures.machine())
        onBusMaster(d)
        d.press(.char("f"))
        let screen = d.screen
        Golden.check(screen, "config-field-refused-80x24")
        #expect(screen.contains(" COMMAND.BusMaster: writing is off; restart hwx with --write to edit"))
    }

    @Test func previewDialogOfAFieldWrite() throws {
        let temp = try TempMachine()
        let d = AppDriver(machine: temp.machine(), write: true, journal: temp.journalPath)
        onBusMaster(d)
        d.press(.char("f"), .char("\u{15}"), .char("1"), .enter)
        let screen = d.screen
        Golden.check(screen, "config-field-dialog-80x24", paths: [temp.directory])
        #expect(screen.contains("Target    00:02.0/config/COMMAND.BusMaster"))
        #expect(screen.contains("Mask      0x0004 (BusMaster); other bits as read"))
    }
}
