// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "hwx",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hwx", targets: ["hwx"]),
        // For the libFuzzer package in Fuzz/ (it depends on this one by path).
        .library(name: "MMIOCore", targets: ["MMIOCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ncursesw, seen through a shim header (see Sources/CNcurses/shim.h for why).
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // libyaml, read through its event API by MMIOCore/YAML (not Yams: Yams imports Foundation,
        // whose static ICU data would make the static binary 60 MB; README "Install").
        .systemLibrary(
            name: "CYAML",
            path: "Sources/CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // libc pieces Swift cannot see: termios save/restore, signal flags, wcwidth, ptys.
        .target(name: "CTerminal", path: "Sources/CTerminal"),
        // Volatile MMIO accessors of exact width and the SIGBUS/SIGSEGV recovery guard.
        .target(name: "CMMIO", path: "Sources/CMMIO"),
        // openat2(2) and the O_PATH/RESOLVE_* constants Glibc's module does not show.
        .target(name: "CFileAccess", path: "Sources/CFileAccess"),
        // The shared core: never prints, never imports curses.
        .target(
            name: "MMIOCore",
            dependencies: ["CMMIO", "CFileAccess", "CYAML"],
            path: "Sources/MMIOCore"
        ),
        // Terminal layer: the only importer of CNcurses; knows nothing of PCI.
        .target(name: "TerminalUI", dependencies: ["CNcurses", "CTerminal"]),
        // The words for the core's structured fixes, shared by the CLI and the TUI.
        .target(name: "FixText", dependencies: ["MMIOCore"]),
        // hwx screens: pure view models and panels over MMIOCore, drawn through TerminalUI.
        .target(name: "Explorer", dependencies: ["MMIOCore", "TerminalUI", "FixText"]),
        // The CLI verbs, as a library so tests run them in-process.
        .target(
            name: "HWXCommands",
            dependencies: [
                "MMIOCore", "Explorer", "FixText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "hwx", dependencies: ["HWXCommands"]),
        // Times the core's access paths for scripts/bench/run.sh (which runs the C baselines).
        .executableTarget(name: "hwx-bench", dependencies: ["MMIOCore"], path: "Benchmarks/hwx-bench"),
        // Test support in every test target: fails the run when a test opens this machine's
        // /sys, /proc, /dev/mem or /dev/port (see Tests/LiveMachineGuard).
        .target(name: "LiveMachineGuard", path: "Tests/LiveMachineGuard"),
        .testTarget(name: "MMIOCoreTests", dependencies: ["MMIOCore", "CMMIO", "LiveMachineGuard"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "CTerminal", "LiveMachineGuard"]),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "MMIOCore", "TerminalUI", "FixText", "LiveMachineGuard"], exclude: ["Golden"]),
        .testTarget(name: "HWXCommandsTests", dependencies: ["HWXCommands", "MMIOCore", "FixText", "LiveMachineGuard"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
