import Synchronization

/// A bounded queue of max-rate changes between the sampling thread and the one writing
/// them out. When the writer cannot keep up the queue buffers up to `capacity` changes;
/// past that, changes are counted as dropped and the count comes out of `drain` in order
/// (`Entry.dropped`), so a gap is never silent.
public final class ChangeQueue: Sendable {
    public enum Entry: Sendable, Equatable {
        case change(MaxRateChange)
        /// This many changes were dropped here because the queue was full.
        case dropped(UInt64)
    }

    private struct State {
        var entries: [Entry] = []
        var droppedRun: UInt64 = 0
        var droppedTotal: UInt64 = 0
        var closed = false
    }

    public let capacity: Int
    private let state: Mutex<State>

    public init(capacity: Int = 1 << 16) {
        self.capacity = max(1, capacity)
        state = Mutex(State())
    }

    /// Appends changes; those that do not fit are counted as dropped.
    public func push(_ changes: [MaxRateChange]) {
        guard !changes.isEmpty else { return }
        state.withLock { s in
            for c in changes {
                if s.entries.count >= capacity {
                    s.droppedRun += 1
                    s.droppedTotal += 1
                    continue
                }
                if s.droppedRun > 0 {
                    s.entries.append(.dropped(s.droppedRun))
                    s.droppedRun = 0
                }
                s.entries.append(.change(c))
            }
        }
    }

    /// No more pushes: `drain` then also returns a pending dropped count.
    public func close() {
        state.withLock { $0.closed = true }
    }

    /// Takes everything queued, oldest first; `finished` is true once the queue is closed
    /// and empty.
    public func drain() -> (entries: [Entry], finished: Bool) {
        state.withLock { s in
            var out = s.entries
            s.entries = []
            s.entries.reserveCapacity(min(capacity, 4096))
            if s.closed && s.droppedRun > 0 {
                out.append(.dropped(s.droppedRun))
                s.droppedRun = 0
            }
            return (out, s.closed && out.isEmpty)
        }
    }

    /// Changes dropped so far.
    public var dropped: UInt64 { state.withLock { $0.droppedTotal } }
}
