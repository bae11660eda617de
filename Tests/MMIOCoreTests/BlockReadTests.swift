#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import MMIOCore

/// `RegisterSpace.readBlock` and `sampleChanges`: one fault guard per block on a mapping,
/// the same words as single reads everywhere. Plain files only.
@Suite struct BlockReadTests {
    func makeFile(_ dir: TemporaryDirectory, size: Int) -> String {
        let path = dir.path + "/regs.bin"
        FileIO.write(path, (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ ($0 >> 8)) })
        return path
    }

    func explain(_ op: String, _ e: SystemError) -> AccessError {
        AccessExplainer(root: .live).explain(op, e, path: "", context: .plainFile)
    }

    func block(_ space: any RegisterSpace, at offset: UInt64, width: AccessWidth, count: Int) -> ([UInt8], BlockRead) {
        var bytes = [UInt8](repeating: 0xee, count: count * width.bytes)
        let r = bytes.withUnsafeMutableBytes { space.readBlock(at: offset, width: width, count: count, into: $0.baseAddress!) }
        return (bytes, r)
    }

    @Test(arguments: AccessWidth.allCases)
    func mappedBlockEqualsSingleReads(_ width: AccessWidth) throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 8192)
        let space = try MappedSpace(name: "file", path: path, length: 8192, physicalBase: nil, writable: false, explain: explain)
        let count = 3000 / width.bytes
        let offset = UInt64(8 * width.bytes)
        let (bytes, r) = block(space, at: offset, width: width, count: count)
        #expect(r == BlockRead(count: count, error: nil))
        let file = try #require(FileIO.readAll(path))
        #expect(bytes == Array(file[Int(offset)..<Int(offset) + count * width.bytes]))
        for i in [0, 1, count / 2, count - 1] {
            let single = try space.read(at: offset + UInt64(i * width.bytes), width: width)
            #expect(littleEndian(Array(bytes[i * width.bytes..<(i + 1) * width.bytes])) == single)
        }
    }

    @Test func defaultBlockReadOnMemoryEqualsSingleReads() throws {
        let data = (0..<256).map { UInt8($0 ^ 0x5a) }
        let space = MemorySpace(name: "mem", bytes: data)
        let (bytes, r) = block(space, at: 16, width: .bits16, count: 64)
        #expect(r.count == 64 && r.error == nil)
        #expect(bytes == Array(data[16..<144]))
        #expect(space.readCount == 64, "each word read once")
    }

    @Test func faultMidBlockStoresTheWordsBeforeAndNamesTheOffsetReached() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 3 * 4096)
        let space = try MappedSpace(name: "file", path: path, length: 3 * 4096, physicalBase: nil, writable: false, explain: explain)
        #expect(truncate(path, 4096) == 0)
        let (bytes, r) = block(space, at: 2048, width: .bits32, count: 2048)
        #expect(r.count == 512, "the words up to the end of the first page")
        let error = try #require(r.error)
        #expect(error.reason == .fault)
        #expect(error.operation.contains("offset 0x1000") && error.operation.contains("SIGBUS"), "\(error.operation)")
        let file = try #require(FileIO.readAll(path))
        #expect(Array(bytes[0..<2048]) == Array(file[2048..<4096]))
        #expect(bytes[2048] == 0xee, "nothing stored past the fault")
        // the guard is released: a later block on the good page works
        #expect(block(space, at: 0, width: .bits64, count: 512).1 == BlockRead(count: 512, error: nil))
    }

    /// Single reads take the fast path (one load; on x86-64 a fault resumes at the fixup of
    /// CMMIO's exception table): each width reports the fault, later reads still work.
    @Test(arguments: AccessWidth.allCases)
    func singleReadFaultIsReportedAndRecovers(_ width: AccessWidth) throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 2 * 4096)
        let space = try MappedSpace(name: "file", path: path, length: 2 * 4096, physicalBase: nil, writable: false, explain: explain)
        let good = try space.read(at: 8, width: width)
        #expect(truncate(path, 4096) == 0)
        for _ in 0..<3 {
            let error = try #require(throws: AccessError.self) { try space.read(at: 4096 + 8, width: width) }
            #expect(error.reason == .fault)
            #expect(error.operation.contains("offset 0x1008") && error.operation.contains("SIGBUS"), "\(error.operation)")
            #expect(try space.read(at: 8, width: width) == good)
        }
        #expect(throws: AccessError.self) { try space.read(at: 2 * 4096, width: width) }
    }

    @Test func blockPastTheEndIsRefusedBeforeAnyRead() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 64)
        let space = try MappedSpace(name: "file", path: path, length: 64, physicalBase: nil, writable: false, explain: explain)
        let (_, r) = block(space, at: 32, width: .bits32, count: 9)
        #expect(r.count == 0 && r.error?.reason == .outOfRange)
        #expect(block(space, at: 2, width: .bits32, count: 1).1.error?.reason == .misaligned)
    }

    @Test func staticWordHasNoChanges() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 4096)
        let space = try MappedSpace(name: "file", path: path, length: 4096, physicalBase: nil, writable: false, explain: explain)
        var last = try space.read(at: 64, width: .bits32)
        let buffer = UnsafeMutableBufferPointer<SampledChange>.allocate(capacity: 16)
        defer { buffer.deallocate() }
        let r = space.sampleChanges(at: 64, width: .bits32, last: &last, firstSample: 1, count: 100_000, into: buffer)
        #expect(r == SampleBatch(samples: 100_000, changes: 0, error: nil))
        // a different `last` makes the first sample a change, numbered from firstSample
        last = 0
        let before = MonotonicClock.nanoseconds()
        let r2 = space.sampleChanges(at: 64, width: .bits32, last: &last, firstSample: 7, count: 10, into: buffer)
        #expect(r2 == SampleBatch(samples: 10, changes: 1, error: nil))
        #expect(buffer[0].sample == 7 && buffer[0].value == last && buffer[0].ns >= before)
    }

    @Test func everyChangeOfACounterWrittenByAnotherThreadIsSeenInOrder() throws {
        let dir = TemporaryDirectory()
        let path = makeFile(dir, size: 4096)
        let space = try MappedSpace(name: "file", path: path, length: 4096, physicalBase: nil, writable: true, explain: explain)
        try space.write(0, at: 0, width: .bits32)
        let writer = try MappedSpace(name: "file", path: path, length: 4096, physicalBase: nil, writable: true, explain: explain)
        let done = DispatchSemaphore(value: 0)
        Thread {
            for v in UInt64(1)...2000 {
                try? writer.write(v, at: 0, width: .bits32)
                usleep(50)
            }
            done.signal()
        }.start()
        let buffer = UnsafeMutableBufferPointer<SampledChange>.allocate(capacity: 8)
        defer { buffer.deallocate() }
        var last: UInt64 = 0
        var sample: UInt64 = 1
        var changes: [SampledChange] = []
        var writerDone = false
        while !writerDone {
            writerDone = done.wait(timeout: .now()) == .success
            let r = space.sampleChanges(at: 0, width: .bits32, last: &last, firstSample: sample, count: 4096, into: buffer)
            #expect(r.error == nil && r.changes <= 8 && (r.changes == 8 || r.samples == 4096))
            let batch = Array(buffer[0..<r.changes])
            #expect(batch.allSatisfy { $0.sample >= sample && $0.sample < sample + UInt64(r.samples) })
            if let end = batch.last { #expect(last == end.value, "the sampler's previous sample is the last change it stored") }
            changes += batch
            sample += UInt64(r.samples)
        }
        #expect(!changes.isEmpty)
        #expect(changes.last?.value == 2000, "the last value written is the last change")
        for (a, b) in zip(changes, changes.dropFirst()) {
            #expect(b.value > a.value && b.sample > a.sample && b.ns >= a.ns, "a counter's changes come in order")
        }
    }

    @Test func fieldItemChangesOnlyWhenItsBitsDo() throws {
        let space = MemorySpace(name: "mem", bytes: [0, 0, 0, 0])
        let field = FieldDefinition(name: "LOW", bits: BitRange(lsb: 0, msb: 3))
        let sampler = MaxRateSampler(items: [WatchItem(label: "f", space: space, offset: 0, width: .bits32, field: field)], batch: 4)
        _ = sampler.start()
        space.poke([0x10], at: 0)   // outside the field
        var seen: [MaxRateChange] = []
        sampler.runBatch { seen.append($0) }
        #expect(seen.isEmpty)
        space.poke([0x13], at: 0)
        sampler.runBatch { seen.append($0) }
        #expect(seen.map(\.value) == [3] && seen.map(\.previous) == [0])
        #expect(sampler.samples[0] == 9)
    }

    @Test func changeQueueCountsWhatItDropsAndSaysWhere() {
        let queue = ChangeQueue(capacity: 3)
        let c = (0..<5).map { MaxRateChange(item: 0, sample: UInt64($0), value: UInt64($0), previous: 0, ns: 0) }
        queue.push(Array(c[0..<5]))
        #expect(queue.dropped == 2)
        let (first, finished) = queue.drain()
        #expect(first == c[0..<3].map { .change($0) } && !finished)
        queue.push([c[4]])
        queue.close()
        #expect(queue.drain().entries == [.dropped(2), .change(c[4])])
        #expect(queue.drain().finished)
    }
}
