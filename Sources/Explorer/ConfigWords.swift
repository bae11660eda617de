import MMIOCore

/// Config words this session read or wrote itself (a field edit's read of the register, a
/// write's read-back), laid over the bytes read when the function was loaded: after a write
/// the details pane shows what the device returned, and drawing it reads nothing.
struct ConfigWords: Sendable {
    private struct Word: Sendable {
        let offset: Int
        let width: AccessWidth
        let value: UInt64
    }

    /// Per function, oldest first (a later word wins where two overlap).
    private var words: [PCIAddress: [Word]] = [:]

    /// Counts the words noted: changes whenever what `applied(to:)` gives may have changed.
    private(set) var generation = 0

    /// Remembers that `width` bits at config `offset` of `function` hold `value`.
    mutating func note(_ function: PCIAddress, offset: Int, width: AccessWidth, value: UInt64) {
        var list = words[function] ?? []
        list.removeAll { $0.offset == offset && $0.width == width }
        list.append(Word(offset: offset, width: width, value: value))
        words[function] = list
        generation += 1
    }

    /// `f` with the noted words written into its config bytes (only bytes it has).
    func applied(to f: PCIFunction) -> PCIFunction {
        guard let list = words[f.address] else { return f }
        var patched = f
        for w in list {
            for lane in 0..<w.width.bytes where w.offset + lane < patched.config.bytes.count {
                patched.config.bytes[w.offset + lane] = UInt8(truncatingIfNeeded: w.value >> UInt64(8 * lane))
            }
        }
        return patched
    }
}
