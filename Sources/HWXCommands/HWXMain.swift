import ArgumentParser
import MMIOCore

/// Entry point used by `Sources/hwx/main.swift`.
public enum HWXMain {
    public static func run() {
        HWX.main()
    }
}
