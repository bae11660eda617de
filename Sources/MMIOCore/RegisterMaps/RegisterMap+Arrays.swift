extension RegisterMap {
    /// The array whose element `name` is (case-insensitive), with the element's index.
    public func array(containing name: String) -> (array: RegisterArray, index: Int)? {
        for a in arrays { if let i = a.index(ofElementNamed: name) { return (a, i) } }
        return nil
    }

    /// The value of `ref` on this device: `readBase` is asked for the referenced register's
    /// raw value (the parser checked that it is a plain register at a fixed offset).
    func value<E: Error>(of ref: FieldReference, readBase: (RegisterDefinition) throws(E) -> UInt64) throws(E) -> UInt64? {
        guard let base = register(named: ref.register) else { return nil }
        let raw = try readBase(base)
        guard let f = ref.field else { return raw }
        return base.field(named: f)?.bits.extract(from: raw)
    }

    /// Where `array`'s elements sit on this device, or why they cannot be placed (an
    /// expression overflowing 64 bits, a zero or misaligned stride). `readBase` reads the
    /// registers the expressions name (NVMe CAP for `4 << CAP.DSTRD`).
    public func layout<E: Error>(of array: RegisterArray,
                                 readBase: (RegisterDefinition) throws(E) -> UInt64) throws(E) -> Result<RegisterArrayLayout, RegisterMapError> {
        let read = { (ref: FieldReference) throws(E) -> UInt64? in try self.value(of: ref, readBase: readBase) }
        func problem(_ what: String) -> Result<RegisterArrayLayout, RegisterMapError> {
            .failure(RegisterMapError(file: source, line: nil, field: array.name, message: what))
        }
        guard let offset = try array.offset.evaluate(read) else { return problem("offset \(array.offset) leaves 64 bits on this device") }
        guard let count = try array.count.evaluate(read) else { return problem("count \(array.count) leaves 64 bits on this device") }
        guard let stride = try array.stride.evaluate(read) else { return problem("stride \(array.stride) leaves 64 bits on this device") }
        let bytes = UInt64(array.element.width.bytes)
        if count > 1 {
            guard stride >= bytes, stride % bytes == 0 else {
                return problem("stride \(array.stride) is \(stride) on this device, not a multiple of the \(bytes)-byte width")
            }
        }
        guard offset % bytes == 0 else { return problem("offset 0x\(hex(offset, 1)) is not aligned to the \(bytes)-byte width") }
        return .success(RegisterArrayLayout(offset: offset, count: Int(min(count, UInt64(RegisterArray.maximumElements))), stride: stride))
    }

    /// The register named `name` on this device: a plain register, or an array element
    /// (`P3CMD`, `SQ1TDBL`) placed by its array's layout. Nil when the map has neither; a
    /// failure when the name is an element the device does not have (index ≥ count).
    public func register<E: Error>(named name: String,
                                   readBase: (RegisterDefinition) throws(E) -> UInt64) throws(E) -> Result<RegisterDefinition, RegisterMapError>? {
        if let plain = register(named: name) { return .success(plain) }
        guard let (array, index) = array(containing: name) else { return nil }
        switch try layout(of: array, readBase: readBase) {
        case .failure(let e): return .failure(e)
        case .success(let layout):
            guard index < layout.count else {
                let last = layout.count == 0 ? "none" : "\(array.elementName(0)) … \(array.elementName(layout.count - 1))"
                return .failure(RegisterMapError(file: source, line: nil, field: array.name,
                                                 message: "has \(layout.count) elements on this device (count: \(array.count.constant.map(String.init) ?? array.count.description)): \(last)"))
            }
            guard let element = array.element(index, in: layout) else {
                return .failure(RegisterMapError(file: source, line: nil, field: array.name, message: "\(name)'s offset leaves 64 bits"))
            }
            return .success(element)
        }
    }

    /// Every register on this device with its offset from the start of the space, by
    /// ascending offset: plain registers, `relative-to` ones placed, and the elements of each
    /// array that end within `length` bytes. Registers whose place cannot be read are left out.
    public func placedRegisters<E: Error>(within length: UInt64,
                                          readBase: (RegisterDefinition) throws(E) -> UInt64) -> [(offset: UInt64, register: RegisterDefinition)] {
        placement(within: length, readBase: readBase).placed
    }

    /// `placedRegisters`, and why each register left out for lying outside the space (past
    /// `length` bytes, or past 2^64) is: `placementProblem`'s text, naming the map file and
    /// the register. Every placed register's bytes lie inside the space, so `offset + width`
    /// cannot overflow.
    public func placement<E: Error>(within length: UInt64, readBase: (RegisterDefinition) throws(E) -> UInt64)
        -> (placed: [(offset: UInt64, register: RegisterDefinition)], unplaced: [String]) {
        var placed: [(offset: UInt64, register: RegisterDefinition)] = []
        var unplaced: [String] = []
        var all = registers
        for array in arrays {
            guard case .success(let layout)? = try? layout(of: array, readBase: readBase) else { continue }
            for i in 0..<layout.count {
                guard let e = array.element(i, in: layout) else { break }
                // Elements past the end of the space: the rest are further still (unless relative).
                if e.relativeTo == nil, e.offset > length || length - e.offset < UInt64(e.width.bytes) { break }
                all.append(e)
            }
        }
        for r in all {
            let offset: UInt64?  // nil: the offset passed 2^64
            do {
                offset = try absoluteOffset(of: r, readBase: readBase)
            } catch {
                continue  // the base register could not be read
            }
            if let problem = placementProblem(of: r, at: offset, length: length) {
                unplaced.append(problem)
            } else if let offset {
                placed.append((offset, r))
            }
        }
        return (placed.sorted { $0.offset < $1.offset }, unplaced)
    }

    /// Names a user may type for this map's registers, without reading the device: plain
    /// registers, then each array's elements up to its count (a count read from a field
    /// counts as that field's largest value), at most `limit` per array.
    public func registerNames(limit: Int = 1024) -> [String] {
        var names = registers.map(\.name)
        for array in arrays {
            let largest = array.count.evaluate { (ref: FieldReference) -> UInt64? in
                guard let r = register(named: ref.register) else { return nil }
                return ref.field.flatMap { r.field(named: $0) }.map(\.bits.maxValue) ?? r.width.mask
            }
            let n = Int(min(largest ?? 0, UInt64(limit)))
            names += (0..<n).map(array.elementName)
        }
        return names
    }
}
