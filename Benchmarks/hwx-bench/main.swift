// hwx-bench: times the shared core's register access paths in-process, for
// scripts/bench/run.sh, which runs the C baselines (scripts/bench/baseline.c) alternately
// with it and prints the ratios. Prints one `name value unit` line per figure.
//
//   hwx-bench block FILE REPS     RegisterSpace.readBlock over all of FILE (64 KiB blocks, 32-bit)
//   hwx-bench single FILE N       N single guarded 32-bit reads of one word (RegisterSpace.read)
//   hwx-bench sample FILE N       MaxRateSampler on one word, N samples
#if canImport(Glibc)
import Glibc
#endif
import MMIOCore

func fail(_ message: String) -> Never {
    let bytes = Array("hwx-bench: \(message)\n".utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

let args = CommandLine.arguments
guard args.count == 4, let n = Int(args[3]), n > 0 else {
    fail("usage: hwx-bench block|single|sample FILE COUNT")
}
let path = args[2]
var st = stat()
guard stat(path, &st) == 0, st.st_size > 0 else { fail("\(path): not a readable, non-empty file") }
let space: MappedSpace
do {
    space = try MappedSpace(name: "file:\(path)", path: path, length: UInt64(st.st_size), physicalBase: nil, writable: false) { op, e in
        AccessError(.systemError, operation: op, path: path, errno: e)
    }
} catch {
    fail("\(error)")
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

switch args[1] {
case "block":
    let block = 64 * 1024
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: block, alignment: 8)
    let words = Int(space.length) / 4
    var times: [Double] = []
    var checksum: UInt32 = 0
    for _ in 0..<n {
        let t0 = MonotonicClock.nanoseconds()
        var offset = 0
        while offset + 4 <= Int(space.length) {
            let bytes = min(block, (Int(space.length) - offset) / 4 * 4)
            let r = space.readBlock(at: UInt64(offset), width: .bits32, count: bytes / 4, into: buffer)
            if let e = r.error { fail("\(e)") }
            checksum ^= buffer.load(as: UInt32.self)
            offset += bytes
        }
        times.append(Double(MonotonicClock.nanoseconds() - t0) / Double(words))
    }
    print("block_ns_per_word \(median(times)) ns (checksum \(checksum))")
case "single":
    var times: [Double] = []
    var sum: UInt64 = 0
    for _ in 0..<5 {
        let t0 = MonotonicClock.nanoseconds()
        let offset = 0x40 % (space.length & ~3)   // once, as the C baseline computes its address once
        for _ in 0..<n {
            do { sum &+= try space.read(at: offset, width: .bits32) } catch { fail("\(error)") }
        }
        times.append(Double(MonotonicClock.nanoseconds() - t0) / Double(n))
    }
    print("single_ns_per_read \(median(times)) ns (sum \(sum))")
case "sample":
    let item = WatchItem(label: "bench", space: space, offset: 0x40 % (space.length & ~3), width: .bits32)
    var times: [Double] = []
    for _ in 0..<3 {
        let sampler = MaxRateSampler(items: [item])
        _ = sampler.start()
        let t0 = MonotonicClock.nanoseconds()
        while sampler.samples[0] < UInt64(n) { sampler.runBatch(limit: UInt64(n)) { _ in } }
        times.append(Double(n) / (Double(MonotonicClock.nanoseconds() - t0) / 1e9))
    }
    print("sample_per_s \(median(times)) samples/s")
default:
    fail("unknown mode \(args[1])")
}
