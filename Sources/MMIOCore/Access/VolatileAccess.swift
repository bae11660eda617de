import CMMIO

/// Exact-width volatile loads and stores through CMMIO's C accessors, guarded so that a
/// fault becomes an `MMIOFault`. Plain Swift pointer loads are never used on registers:
/// the optimizer merges, widens or forwards them (seen in the lab: a write to the edu
/// liveness register read back the written value instead of its inverse).
public enum VolatileAccess {
    /// Installs the SIGBUS/SIGSEGV guard once; faults outside guarded accesses still reach
    /// the previously installed handler (Swift's backtracer).
    public static func installFaultGuard() {
        _ = cmmio_fault_guard_install()
    }

    public static func read(_ pointer: UnsafeRawPointer, width: AccessWidth) throws(MMIOFault) -> UInt64 {
        installFaultGuard()
        var fault = cmmio_fault()
        switch width {
        case .bits8:
            var v: UInt8 = 0
            if cmmio_guarded_read8(pointer, &v, &fault) != 0 { throw MMIOFault(fault) }
            return UInt64(v)
        case .bits16:
            var v: UInt16 = 0
            if cmmio_guarded_read16(pointer, &v, &fault) != 0 { throw MMIOFault(fault) }
            return UInt64(v)
        case .bits32:
            var v: UInt32 = 0
            if cmmio_guarded_read32(pointer, &v, &fault) != 0 { throw MMIOFault(fault) }
            return UInt64(v)
        case .bits64:
            var v: UInt64 = 0
            if cmmio_guarded_read64(pointer, &v, &fault) != 0 { throw MMIOFault(fault) }
            return v
        }
    }

    public static func write(_ value: UInt64, to pointer: UnsafeMutableRawPointer, width: AccessWidth) throws(MMIOFault) {
        installFaultGuard()
        var fault = cmmio_fault()
        let rc: Int32
        switch width {
        case .bits8: rc = cmmio_guarded_write8(pointer, UInt8(truncatingIfNeeded: value), &fault)
        case .bits16: rc = cmmio_guarded_write16(pointer, UInt16(truncatingIfNeeded: value), &fault)
        case .bits32: rc = cmmio_guarded_write32(pointer, UInt32(truncatingIfNeeded: value), &fault)
        case .bits64: rc = cmmio_guarded_write64(pointer, value, &fault)
        }
        if rc != 0 { throw MMIOFault(fault) }
    }
}
