#if canImport(Glibc)
import Glibc
#endif
import CTerminal
import Dispatch
import MMIOCore

/// `hwx watch --interval 0`: every item sampled back to back as fast as the bus allows
/// (`MaxRateSampler`: batches under one fault guard each), only changes printed, each with
/// its CLOCK_MONOTONIC time in ns since the first sample. A writer thread prints while the
/// sampler keeps sampling; when it cannot keep up, changes wait in a `ChangeQueue` and,
/// past its capacity, are counted and reported as dropped. The last line gives each item's
/// samples, the rate achieved, changes and drops.
struct MaxRateWatch {
    let items: [WatchItem]
    let count: UInt64?
    let json: Bool
    /// Changes the queue holds before it starts dropping.
    var queueCapacity = 1 << 16

    func run() throws {
        _ = ct_install_quit_handlers()   // Ctrl-C ends sampling and prints the summary
        let sampler = MaxRateSampler(items: items)
        let format = MaxRateFormat(labels: items.map(\.label), digits: items.map(\.hexDigits), json: json)
        StandardOutput.flushPrinted()
        var initial: [UInt8] = []
        for (i, result) in sampler.start().enumerated() {
            initial += format.initial(i, result)
        }
        write(initial)
        let queue = ChangeQueue(capacity: queueCapacity)
        let startNs = sampler.startNs
        let writerDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            Self.writeLoop(queue, format, startNs: startNs)
            writerDone.signal()
        }
        let limit = count ?? .max
        var pending: [MaxRateChange] = []
        pending.reserveCapacity(4096)
        var errors: [(item: Int, error: AccessError)] = []
        while sampler.hasLiveItems, ct_quit_signal() == 0 {
            if sampler.samples.allSatisfy({ $0 >= limit }) { break }
            errors += sampler.runBatch(limit: limit) { pending.append($0) }
            queue.push(pending)
            pending.removeAll(keepingCapacity: true)
        }
        let endNs = MonotonicClock.nanoseconds()
        queue.close()
        writerDone.wait()
        var tail: [UInt8] = []
        for e in errors { tail += format.failure(e.item, e.error) }
        let seconds = Double(endNs - startNs) / 1e9
        for i in items.indices {
            tail += format.summary(i, samples: sampler.samples[i], changes: sampler.changes[i], seconds: seconds,
                                   dropped: i == 0 ? queue.dropped : nil)
        }
        write(tail)
    }

    private func write(_ bytes: [UInt8]) {
        StandardOutput.write(bytes)
    }

    private static func writeLoop(_ queue: ChangeQueue, _ format: MaxRateFormat, startNs: UInt64) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        while true {
            let (entries, finished) = queue.drain()
            if finished { break }
            if entries.isEmpty { usleep(1000); continue }
            for e in entries {
                switch e {
                case .change(let c): format.change(c, startNs: startNs, into: &out)
                case .dropped(let n): format.dropped(n, into: &out)
                }
                if out.count >= 1 << 16 { flush(&out) }
            }
            flush(&out)
        }
    }

    private static func flush(_ out: inout [UInt8]) {
        guard !out.isEmpty else { return }
        StandardOutput.write(out)
        out.removeAll(keepingCapacity: true)
    }
}
