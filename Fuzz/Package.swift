// swift-tools-version: 6.0
// libFuzzer targets for hwx's parsers and decoders (issue 9 item 8). A package of its own:
// `swift build --sanitize fuzzer` links libFuzzer's main, and the executable here has no
// main of its own (see ../../shared research notes, and README "Fuzzing"). Built and run by
// ../scripts/fuzz.sh, never by the main package's `swift build` / `swift test`.
import PackageDescription

let package = Package(
    name: "hwx-fuzz",
    dependencies: [.package(name: "hwx", path: "..")],
    targets: [
        .executableTarget(
            name: "hwx-fuzz",
            dependencies: [.product(name: "MMIOCore", package: "hwx")],
            path: "Sources/hwx-fuzz"
        ),
    ],
    swiftLanguageModes: [.v6]
)
