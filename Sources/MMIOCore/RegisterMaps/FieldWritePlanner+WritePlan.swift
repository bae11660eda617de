extension FieldWritePlanner {
    /// Stages a field write as the core's `WritePlan`: the targeted fields are the mask,
    /// untargeted RW1C/RW1S/WO bits are `zeroBits`, so committing is one read-modify-write
    /// at the register's width that leaves every other field as read.
    public func plan(_ resolved: ResolvedTarget, assignments: [FieldAssignment]) throws(AccessError) -> WritePlan {
        let (value, mask) = valueAndMask(assignments)
        let targeted = assignments.reduce(UInt64(0)) { $0 | $1.field.bits.mask } & register.width.mask
        return try WritePlan.prepare(resolved, width: register.width, value: value & targeted,
                                     mask: targeted, zeroBits: mask & ~targeted)
    }
}
