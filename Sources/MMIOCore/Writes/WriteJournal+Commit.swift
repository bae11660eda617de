extension WriteJournal {
    /// The one way hwx writes a register, for every front end: stage (re-reading the
    /// register for a masked write, so the intent names the exact value), append the
    /// intent and fsync it, write, read back, append the outcome.
    ///
    /// - If the intent cannot be made durable, throws `.journalUnavailable` (with the fix
    ///   `.pointJournalElsewhere`) and the device is not written.
    /// - If the device write or the read-back fails, the outcome line records the error
    ///   (`"written": false` or `true`) and the error is thrown.
    /// - If only the outcome line fails, the write stands and `outcomeError` says so.
    public func commit(_ plan: WritePlan, to resolved: ResolvedTarget, machine: MachineRoot,
                       clock: () -> Double = WriteJournal.now) throws(AccessError) -> JournaledWrite {
        let (before, written) = try plan.stage(on: resolved)
        let id = Self.newID()
        try appendDurably(Self.intentLine(id: id, time: clock(), machine: machine, plan: plan, before: before, written: written),
                          context: "refused the write, the device is untouched: the journal cannot hold its intent")
        let outcomeContext = "written, but the outcome could not be journaled"
        let space = resolved.space
        do {
            try space.write(written, at: resolved.offset, width: plan.width)
        } catch {
            try? appendDurably(Self.outcomeLine(id: id, time: clock(), plan: plan, readBack: nil, written: false, error: error.summary),
                               context: outcomeContext)
            throw error
        }
        let readBack: UInt64
        do {
            readBack = try space.read(at: resolved.offset, width: plan.width)
        } catch {
            try? appendDurably(Self.outcomeLine(id: id, time: clock(), plan: plan, readBack: nil, written: true,
                                                error: "read back: " + error.summary),
                               context: outcomeContext)
            throw error
        }
        var outcomeError: AccessError?
        do {
            try appendDurably(Self.outcomeLine(id: id, time: clock(), plan: plan, readBack: readBack, written: true, error: nil),
                              context: outcomeContext)
        } catch {
            outcomeError = error
        }
        return JournaledWrite(id: id, result: WriteResult(plan: plan, before: before, written: written, readBack: readBack),
                              outcomeError: outcomeError)
    }
}
