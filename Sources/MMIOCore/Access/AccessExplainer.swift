#if canImport(Glibc)
import Glibc
#endif

/// Turns an errno from opening or mapping a register file into an `AccessError` with the
/// fix, following what the kernel actually does:
/// - EACCES/EPERM: not root (sysfs `resourceN`, `config` past 64 bytes, `/dev/mem` and
///   `/dev/port` are root-only), or kernel lockdown (`/sys/kernel/security/lockdown`
///   shows `[integrity]` or `[confidentiality]`; security/lockdown/lockdown.c refuses
///   /dev/mem, /dev/port and BAR mmap), or CONFIG_STRICT_DEVMEM for RAM in `/dev/mem`.
/// - EINVAL from mmap of `resourceN`: the BAR is claimed by a driver and the kernel has
///   CONFIG_IO_STRICT_DEVMEM (drivers/pci/pci-sysfs.c `pci_mmap_resource` →
///   `iomem_is_exclusive`). Fix: boot with `iomem=relaxed`, or unbind the driver.
/// The fixes are data (`Fix`); the front ends word them.
/// - ENOENT for `resourceN`: the kernel exposes no file for this BAR.
public struct AccessExplainer: Sendable {
    public enum Context: Sendable {
        case resourceFile(function: PCIAddress, bar: Int, driver: String?)
        case configSpace(function: PCIAddress)
        case devMem(address: UInt64)
        case devPort(port: UInt64)
        case plainFile
    }

    public let root: MachineRoot
    public let effectiveUID: UInt32

    public init(root: MachineRoot, effectiveUID: UInt32 = geteuid()) {
        self.root = root
        self.effectiveUID = effectiveUID
    }

    /// The active lockdown mode (`integrity`, `confidentiality`), or nil when none/unknown.
    public var lockdownMode: String? {
        guard let text = root.readText("/sys/kernel/security/lockdown"),
              let open = text.firstIndex(of: "["), let close = text.firstIndex(of: "]"), open < close else { return nil }
        let mode = String(text[text.index(after: open)..<close])
        return mode == "none" ? nil : mode
    }

    public func explain(_ operation: String, _ error: SystemError, path: String, context: Context) -> AccessError {
        switch error.code {
        case EACCES, EPERM:
            if effectiveUID != 0 {
                return AccessError(.notPermitted, operation: operation, path: path, errno: error,
                                   fix: .runAsRoot)
            }
            if let mode = lockdownMode {
                return AccessError(.lockdown, operation: operation, path: path, errno: error,
                                   fix: .disableLockdown(mode: mode))
            }
            if case .devMem(let address) = context {
                return AccessError(.notPermitted, operation: operation, path: path, errno: error,
                                   fix: .explained("CONFIG_STRICT_DEVMEM refuses 0x\(hex(address, 8)) (RAM, or a region a driver claimed); System RAM is never mappable through /dev/mem; for MMIO that a driver claims",
                                                     .bootWith(parameter: "iomem=relaxed")))
            }
            return AccessError(.notPermitted, operation: operation, path: path, errno: error,
                               fix: .advice("the kernel refused access even to root; check security modules (SELinux/AppArmor) and /sys/kernel/security/lockdown"))
        case EINVAL:
            if case .resourceFile(let function, _, let driver) = context {
                return AccessError(.driverOwned, operation: operation, path: path, errno: error,
                                   fix: .explained("the BAR is claimed by " + (driver.map { "the \($0) driver" } ?? "a driver")
                                                    + " and this kernel has CONFIG_IO_STRICT_DEVMEM",
                                                   .either([.bootWith(parameter: "iomem=relaxed"), .unbindDriver(name: driver, device: function)])))
            }
            return AccessError(.systemError, operation: operation, path: path, errno: error)
        case ENOENT:
            switch context {
            case .resourceFile(let function, let bar, _):
                return AccessError(.noResourceFile, operation: operation, path: path, errno: error,
                                   fix: .advice("this kernel (or VM) exposes no resource\(bar) file for \(function): the BAR is unassigned, or the platform hides BAR files; try phys: with the BAR's address if it has one"))
            case .devPort where !root.isLive, .devMem where !root.isLive:
                // A capture (`hwx snapshot`) holds /proc and PCI sysfs, never the machine's
                // physical memory or I/O ports: there is nothing to read under its root.
                return AccessError(.notFound, operation: operation, path: path, errno: error,
                                   fix: .advice("a capture holds no physical memory or I/O ports: read its PCI functions (DEV/config, DEV/barN) or a file: target, or run on the live machine for phys: and port:"))
            case .devPort:
                return AccessError(.notFound, operation: operation, path: path, errno: error,
                                   fix: .advice("this kernel has no /dev/port (CONFIG_DEVPORT is not set, e.g. Debian's cloud kernels)"))
            case .devMem:
                return AccessError(.notFound, operation: operation, path: path, errno: error,
                                   fix: .advice("this kernel has no /dev/mem (CONFIG_DEVMEM is not set)"))
            default:
                return AccessError(.notFound, operation: operation, path: path, errno: error, fix: .advice("check the path"))
            }
        case EFAULT:
            return AccessError(.systemError, operation: operation, path: path, errno: error,
                               fix: .reportBug("read()/pread() of MMIO through /dev/mem gives EFAULT, so hwx uses mmap instead"))
        default:
            return AccessError(.systemError, operation: operation, path: path, errno: error)
        }
    }
}
