import MMIOCore
import Testing

/// The one field diff (poke dialog and `hwx write`): which fields a write changes.
@Suite struct FieldDiffTests {
    let cc = RegisterMapCatalog.shipped.map(named: "nvme")!.register(named: "CC")!

    @Test func namesEachChangedFieldWithOldAndNewValue() {
        // EN 0 → 1 and IOSQES 0 → 6 (a driver enabling the controller with 64-byte SQEs)
        let diff = FieldDiff(register: cc, old: 0, new: 0x0006_0001)
        #expect(diff.changes.map(\.name) == ["EN", "IOSQES"])
        #expect(diff.text == "EN 0 → 1, IOSQES 0 → 6")
    }

    @Test func valueNamesAndNoChange() {
        #expect(FieldDiff(register: cc, old: 0, new: 1 << 14).text == "SHN 0 (NONE) → 1 (NORMAL)")
        #expect(FieldDiff(register: cc, old: 0x4001, new: 0x4001).text == "no field changes")
    }

    @Test func aPlanAtAnotherWidthHasNoDiff() throws {
        let space = MemorySpace(name: "t", bytes: [UInt8](repeating: 0, count: 0x40))
        let resolved = ResolvedTarget(target: .file(path: "/t", offset: 0x14), space: space, offset: 0x14)
        let plan32 = try WritePlan.prepare(resolved, width: .bits32, value: 0x0046_0001)
        #expect(FieldDiff(register: cc, plan: plan32)?.text == "EN 0 → 1, IOSQES 0 → 6, IOCQES 0 → 4")
        let plan16 = try WritePlan.prepare(resolved, width: .bits16, value: 1)
        #expect(FieldDiff(register: cc, plan: plan16) == nil)
    }
}
