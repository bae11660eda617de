/// The version of hwx, defined here only: `hwx --version` prints it, and scripts/package.sh
/// names and labels the Debian package with what the built binary prints
/// (`dist/hwx_<version>_amd64.deb`). Debian version syntax (deb-version(7)): digits and dots.
public enum HWXVersion {
    public static let current = "0.1.0"
}
