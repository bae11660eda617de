#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Opens the register space a target names, on one machine root, with errors explained.
///
/// - `barN` of a memory BAR: mmap of sysfs `resourceN` (the kernel bounds it to the BAR);
///   of an I/O BAR: `pread`/`pwrite` of `resourceN` (the kernel turns those into port
///   cycles, drivers/pci/pci-sysfs.c `pci_resource_io`), 1/2/4-byte accesses.
/// - `config`: `pread`/`pwrite` of sysfs `config` (64 bytes readable by non-root).
/// - `phys:`: mmap of `/dev/mem` (never `pread`: MMIO gives EFAULT there).
/// - `port:`: `/dev/port`, 1/2/4-byte accesses.
/// - `file:`: mmap of the whole file.
/// Named registers (`barN/REG`, `iomem:NAME/REG`) need a register map; a `namedResolver`
/// supplied by the register-map layer turns them into an offset and width.
public struct TargetResolver: Sendable {
    public let machine: Machine
    public let writable: Bool
    public let explainer: AccessExplainer
    /// Resolves `.named` targets to a concrete target and width (set by the register-map layer).
    public var namedResolver: (@Sendable (Target.NamedRegisterBase, String, String?, Machine) throws(AccessError) -> (Target, AccessWidth))?

    public init(machine: Machine, writable: Bool) {
        self.machine = machine
        self.writable = writable
        self.explainer = AccessExplainer(root: machine.root)
    }

    /// Opens `target`; `span` is how many bytes from the target the caller will touch
    /// (it sizes `/dev/mem` and `/dev/port` windows).
    public func open(_ target: Target, span: UInt64 = 8) throws(AccessError) -> ResolvedTarget {
        let root = machine.root
        switch target {
        case .config(let address, let offset):
            let function = try machine.requireFunction(address)
            if function.isFromDump {
                if writable {
                    throw AccessError(.readOnly, operation: "write \(address.display) config", fix: .writeTheMachine)
                }
                return ResolvedTarget(target: target, space: function.dumpConfigSpace(), offset: offset)
            }
            let relative = function.sysfsPath + "/config"
            let path = root.path(relative)
            let file = try open(relative, role: .configSpace, writable: writable, sync: false,
                                context: .configSpace(function: address))
            let length = file.status.size > 0 ? file.status.size : UInt64(function.config.count)
            let space = FileSpace(name: "\(address.display) config", file: file, path: path, length: length,
                                  physicalBase: nil, writable: writable)
            return ResolvedTarget(target: target, space: space, offset: offset)

        case .bar(let address, 6, let offset):
            return try openROM(address, target: target, offset: offset)

        case .bar(let address, let index, let offset):
            let function = try machine.requireFunction(address)
            if function.isFromDump {
                throw AccessError(.notFound, operation: "\(address.display) BAR\(index) from a dump",
                                  fix: .captureBARs)
            }
            if let problem = function.resourceProblem { throw AccessError(problem) }
            guard let bar = function.bars.first(where: { $0.index == index }), bar.isUsed else {
                let used = function.bars.filter(\.isUsed).map { "bar\($0.index)" }
                throw AccessError(.notFound, operation: "\(address.display) has no BAR\(index)",
                                  fix: .advice(used.isEmpty ? "this function implements no BARs" : "its BARs are: " + used.joined(separator: ", ")))
            }
            if let reason = bar.invalidReason {
                throw AccessError(.outOfRange, operation: "\(address.display) BAR\(index) is invalid: \(reason)",
                                  fix: .advice("line \(index + 1) of \(function.sysfsPath)/resource does not describe a BAR hwx can address"))
            }
            let relative = function.sysfsPath + "/resource\(index)"
            let path = root.path(relative)
            let context = AccessExplainer.Context.resourceFile(function: address, bar: index, driver: function.driver)
            let file = try open(relative, role: .resource, writable: writable, sync: bar.kind == .memory, context: context)
            let name = "\(address.display) BAR\(index)"
            let length = bar.size > 0 ? bar.size : file.status.size
            if bar.kind == .io {
                let space = FileSpace(name: name, file: file, path: path, length: length, physicalBase: bar.start,
                                      writable: writable)
                return ResolvedTarget(target: target, space: space, offset: offset)
            }
            let space = try MappedSpace(name: name, file: file, path: path, length: length, physicalBase: bar.start,
                                        writable: writable) { op, e in
                explainer.explain(op, e, path: path, context: context)
            }
            return ResolvedTarget(target: target, space: space, offset: offset)

        case .physical(let address):
            let path = root.path("/dev/mem")
            let length = max(span, 8)
            guard address.addingReportingOverflow(length - 1).overflow == false else {
                throw AccessError(.outOfRange, operation: "phys:0x\(hex(address, 1)) + 0x\(hex(length, 1)) bytes passes the end of the 64-bit address space",
                                  fix: .advice("read fewer bytes, or start lower"))
            }
            let context = AccessExplainer.Context.devMem(address: address)
            let file = try open("/dev/mem", role: .physicalMemory, writable: writable, sync: true, context: context)
            let space = try MappedSpace(name: "phys:0x\(hex(address, 8))", file: file, path: path, fileOffset: address,
                                        length: length, physicalBase: address, writable: writable) { op, e in
                explainer.explain(op, e, path: path, context: context)
            }
            return ResolvedTarget(target: target, space: space, offset: 0)

        case .port(let port):
            let path = root.path("/dev/port")
            guard port <= 0xffff else {
                throw AccessError(.outOfRange, operation: "port:0x\(hex(port, 1)) is beyond the I/O port space", fix: .advice("I/O ports run from 0x0 to 0xffff"))
            }
            let length = min(max(span, 4), 0x10000 - port)
            let file = try open("/dev/port", role: .portSpace, writable: writable, sync: false, context: .devPort(port: port))
            let space = FileSpace(name: "port:0x\(hex(port, 4))", file: file, path: path, fileOffset: port, length: length,
                                  physicalBase: port, writable: writable)
            return ResolvedTarget(target: target, space: space, offset: 0)

        case .file(let path, let offset):
            // The user named this file: it is opened as given, never below the machine root,
            // and nothing of the machine is read for it.
            let file = try MappedSpace.openPlainFile(path, writable: writable) { op, e in
                explainer.explain(op, e, path: path, context: .plainFile)
            }
            let space = try MappedSpace(name: "file:\(path)", file: file, path: path, length: file.status.size,
                                        physicalBase: nil, writable: writable) { op, e in
                explainer.explain(op, e, path: path, context: .plainFile)
            }
            return ResolvedTarget(target: target, space: space, offset: offset)

        case .named(.config(let address), let register, let field):
            let named = try ConfigNameResolver.namedRegister(address, register: register, field: field, machine: machine)
            let resolved = try open(named.target, span: UInt64(named.register.width.bytes))
            return ResolvedTarget(target: target, space: resolved.space, offset: resolved.offset, defaultWidth: named.register.width)

        case .named(let base, let register, let field):
            guard let namedResolver else {
                throw AccessError(.notFound, operation: "resolve \(target)",
                                  fix: .addRegisterMap(offsetTarget: "\(base)+0x0"))
            }
            let (concrete, width) = try namedResolver(base, register, field, machine)
            let resolved = try open(concrete, span: UInt64(width.bytes))
            return ResolvedTarget(target: target, space: resolved.space, offset: resolved.offset, defaultWidth: width)
        }
    }

    /// The expansion ROM: `pread` of sysfs `rom` (drivers/pci/pci-sysfs.c `pci_read_rom`),
    /// read-only. The kernel refuses reads (EINVAL) until `1` is written to `rom`, which
    /// enables the ROM's address decoding; hwx never does that on its own.
    private func openROM(_ address: PCIAddress, target: Target, offset: UInt64) throws(AccessError) -> ResolvedTarget {
        let function = try machine.requireFunction(address)
        if let problem = function.resourceProblem { throw AccessError(problem) }
        let name = "\(address.display) ROM"
        guard let rom = function.rom else {
            throw AccessError(.notFound, operation: "\(address.display) has no expansion ROM",
                              fix: .advice("its resource file lists no ROM (line 7)"))
        }
        if writable {
            throw AccessError(.readOnly, operation: "write \(name)", fix: .advice("an expansion ROM is read-only"))
        }
        if function.isFromDump {
            throw AccessError(.notFound, operation: "\(name) from a dump",
                              fix: .advice("an lspci dump holds config space only; ROM contents need the machine"))
        }
        let relative = function.sysfsPath + "/rom"
        let path = machine.root.path(relative)
        if let reason = rom.invalidReason {
            throw AccessError(.outOfRange, operation: "\(name) is invalid: \(reason)", fix: .advice("line 7 of \(function.sysfsPath)/resource does not describe a ROM hwx can address"))
        }
        let file: FileDescriptor
        do {
            file = try machine.root.open(relative, role: .resource)
        } catch {
            if error.errno?.code == ENOENT {
                throw AccessError(.noResourceFile, operation: "open \(path)", path: path, errno: SystemError(ENOENT),
                                  fix: .advice("this kernel or capture exposes no rom file for \(address.display)"))
            }
            if let errno = error.errno {
                var explained = explainer.explain("open \(path)", errno, path: path, context: .plainFile)
                if errno.code == EINVAL { explained.fix = .advice("the kernel reads a ROM only after 1 is written to \(path) (as root), which enables its decoding") }
                throw explained
            }
            throw AccessError(error)
        }
        let length = rom.size > 0 ? rom.size : file.status.size
        let space = FileSpace(name: name, file: file, path: path, length: length, physicalBase: rom.start, writable: false)
        return ResolvedTarget(target: target, space: space, offset: offset)
    }

    /// Opens a register file of the machine through its root (confined, type-checked).
    private func open(_ relative: String, role: FileRole, writable: Bool, sync: Bool,
                      context: AccessExplainer.Context) throws(AccessError) -> FileDescriptor {
        do {
            return try machine.root.open(relative, role: role, mode: writable ? (sync ? .readWriteSync : .readWrite) : .read)
        } catch {
            if let errno = error.errno {
                throw explainer.explain("open \(error.path)", errno, path: error.path, context: context)
            }
            throw AccessError(error)
        }
    }
}
