import CMMIO
#if canImport(Glibc)
import Glibc
#endif

/// Block reads and max-rate sampling of a mapping: one fault guard (one sigsetjmp in
/// CMMIO) per block or batch instead of one per word, and in the block every word is
/// still a volatile load of exactly the access width.
extension MappedSpace {
    public func readBlock(at offset: UInt64, width: AccessWidth, count: Int, into buffer: UnsafeMutableRawPointer) -> BlockRead {
        guard count > 0 else { return BlockRead(count: 0, error: nil) }
        do {
            try validate(offset: offset, width: width)
            try validate(offset: offset + UInt64((count - 1) * width.bytes), width: width)
        } catch {
            return BlockRead(count: 0, error: error)
        }
        VolatileAccess.installFaultGuard()
        var done = 0
        var fault = cmmio_fault()
        let source = UnsafeRawPointer(mapping + slack + Int(offset))
        if cmmio_guarded_copy(source, buffer, count, UInt32(width.bytes), &done, &fault) != 0 {
            let reached = offset + UInt64(done * width.bytes)
            return BlockRead(count: done, error: faultError(MMIOFault(fault), "read", reached, width))
        }
        return BlockRead(count: count, error: nil)
    }

    public func sampleChanges(at offset: UInt64, width: AccessWidth, last: inout UInt64, firstSample: UInt64, count: Int,
                              into changes: UnsafeMutableBufferPointer<SampledChange>) -> SampleBatch {
        guard count > 0, let base = changes.baseAddress, changes.count > 0 else { return SampleBatch(samples: 0, changes: 0, error: nil) }
        do {
            try validate(offset: offset, width: width)
        } catch {
            return SampleBatch(samples: 0, changes: 0, error: error)
        }
        precondition(MemoryLayout<SampledChange>.stride == MemoryLayout<cmmio_change>.stride
                     && MemoryLayout<SampledChange>.offset(of: \.ns) == MemoryLayout<cmmio_change>.offset(of: \.ns),
                     "SampledChange must match cmmio_change")
        VolatileAccess.installFaultGuard()
        var samples = 0
        var stored = 0
        var fault = cmmio_fault()
        let address = UnsafeRawPointer(mapping + slack + Int(offset))
        let rc = UnsafeMutableRawPointer(base).withMemoryRebound(to: cmmio_change.self, capacity: changes.count) {
            cmmio_guarded_sample(address, UInt32(width.bytes), &last, firstSample, count, $0, changes.count, &samples, &stored, &fault)
        }
        if rc != 0 {
            return SampleBatch(samples: samples, changes: stored, error: faultError(MMIOFault(fault), "read", offset, width))
        }
        return SampleBatch(samples: samples, changes: stored, error: nil)
    }

    /// MADV_DONTNEED on the whole pages inside the range. On a file mapping the pages stay
    /// in the page cache and fault back in when read again; on /dev/mem or BAR mappings
    /// (VM_PFNMAP) the kernel refuses with EINVAL, which is ignored: nothing to release.
    public func releasePages(at offset: UInt64, length: UInt64) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = slack + Int(min(offset, self.length))
        let end = slack + Int(min(offset + length, self.length))
        let first = (start + page - 1) / page * page
        let last = end / page * page
        guard last > first else { return }
        _ = madvise(mapping + first, last - first, MADV_DONTNEED)
    }
}
