#!/usr/bin/env bash
# scripts/package.sh - builds the Debian package dist/hwx_<version>_amd64.deb.
#
#   1. the fully static release binary (scripts/build-static.sh, shared with the QEMU lab:
#      scratch path .build-lab, so CI builds it once), stripped; it must stay under 20 MB;
#   2. hwx.1 from swift-argument-parser's generate-manual plugin (every verb and option, and
#      the root command's discussion, the target grammar), completed by scripts/manpage.py
#      with the README's Targets, Exit codes, Environment, Files and Safety model sections;
#   3. bash, zsh and fish completions from `hwx --generate-completion-script`;
#   4. the .deb, made with dpkg-deb: /usr/bin/hwx, /usr/share/man/man1/hwx.1.gz,
#      /usr/share/bash-completion/completions/hwx, /usr/share/zsh/vendor-completions/_hwx,
#      /usr/share/fish/vendor_completions.d/hwx.fish, /usr/share/doc/hwx/copyright;
#      Recommends: pci.ids. The version is what the built binary's --version prints
#      (HWXVersion.current, the one place it is defined).
#
# Usage: scripts/package.sh          (then scripts/check-package.sh dist/hwx_*_amd64.deb)
# Needs: the Swift toolchain, libncurses-dev, libyaml-dev, dpkg-deb, gzip, strip, python3.
# Environment: HWX_MAINTAINER  the package's Maintainer field (default "hwx developers <hwx@localhost>")
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
T_START=$EPOCHREALTIME

say() { printf 'package: %s\n' "$*" >&2; }
die() { printf 'package: error: %s\n' "$1" >&2; shift; for l in "$@"; do printf '  %s\n' "$l" >&2; done; exit 1; }
ms_since() { local now=${EPOCHREALTIME/./} then=${1/./}; echo $(( (now - then) / 1000 )); }
secs() { printf '%d.%01d s' $(( $1 / 1000 )) $(( ($1 % 1000) / 100 )); }

for tool in swift dpkg-deb gzip strip python3 md5sum; do
  command -v "$tool" >/dev/null || die "$tool not found" "apt-get install -y dpkg binutils gzip python3 (and the Swift toolchain on PATH)"
done

# ------------------------------------------------------------------ 1. the static binary
t=$EPOCHREALTIME
say "building the static release binary (scripts/build-static.sh, .build-lab)"
BIN=$(scripts/build-static.sh) || die "the static build failed (log above)"
T_BUILD=$(ms_since "$t")
if ldd "$BIN" >/dev/null 2>&1; then die "$BIN is dynamically linked" "scripts/build-static.sh must pass -static-executable"; fi
VERSION=$("$BIN" --version) || die "$BIN --version failed"
[[ $VERSION =~ ^[0-9][0-9.]*$ ]] || die "hwx --version printed '$VERSION', not a Debian version (digits and dots)" "fix HWXVersion.current"

WORK=.build-lab/package
ROOT=$WORK/hwx_${VERSION}_amd64
rm -rf "$WORK"
mkdir -p "$ROOT/DEBIAN" "$ROOT/usr/bin" "$ROOT/usr/share/man/man1" "$ROOT/usr/share/doc/hwx" \
  "$ROOT/usr/share/bash-completion/completions" "$ROOT/usr/share/zsh/vendor-completions" \
  "$ROOT/usr/share/fish/vendor_completions.d"
strip -o "$ROOT/usr/bin/hwx" "$BIN"
UNSTRIPPED=$(stat -c %s "$BIN")
STRIPPED=$(stat -c %s "$ROOT/usr/bin/hwx")
LIMIT=20000000
if [ "$STRIPPED" -ge "$LIMIT" ]; then
  die "the stripped binary is $STRIPPED bytes, not under 20 MB ($LIMIT bytes)" \
    "did a target or a new dependency import Foundation? It links ICU's 34 MB data table (README \"What the binary costs\")" \
    "largest symbols: $(nm --size-sort -S "$BIN" 2>/dev/null | tail -3 | awk '{print $4 " " strtonum("0x" $2)}' | tr '\n' ';')"
fi

# ------------------------------------------------------------------ 2. the man page
t=$EPOCHREALTIME
# generate-manual drops every non-ASCII character of help texts ("Δ/s" became "/s"): refuse them.
if bad=$("$BIN" --experimental-dump-help | LC_ALL=C grep -nP '[^\x00-\x7f]'); then
  die "help texts hold non-ASCII characters, which generate-manual silently drops:" "$bad" "write them in ASCII"
fi
DATE=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
say "man page: swift package generate-manual (debug build of the package, as swift build makes it)"
if ! swift package generate-manual --configuration debug --date "$DATE" --section 1 >"$WORK/generate-manual.log" 2>&1; then
  tail -20 "$WORK/generate-manual.log" >&2
  die "swift package generate-manual failed (log above)" "check the plugin is there: swift package plugin --list"
fi
GENERATED=.build/plugins/GenerateManual/outputs/hwx/hwx.1
[ -s "$GENERATED" ] || die "generate-manual wrote no $GENERATED" "$(tail -3 "$WORK/generate-manual.log")"
python3 scripts/manpage.py "$GENERATED" README.md >"$WORK/hwx.1"
gzip -9n -c "$WORK/hwx.1" >"$ROOT/usr/share/man/man1/hwx.1.gz"
T_MAN=$(ms_since "$t")

# ------------------------------------------------------------------ 3. completions
"$BIN" --generate-completion-script bash >"$ROOT/usr/share/bash-completion/completions/hwx"
"$BIN" --generate-completion-script zsh >"$ROOT/usr/share/zsh/vendor-completions/_hwx"
"$BIN" --generate-completion-script fish >"$ROOT/usr/share/fish/vendor_completions.d/hwx.fish"

# ------------------------------------------------------------------ 4. the .deb
cp packaging/copyright "$ROOT/usr/share/doc/hwx/copyright"
# The long description is the README's opening paragraph (deb-control(5): lines start with a space).
DESCRIPTION=$(awk 'NR > 1 && NF { p = 1; print " " $0; next } p { exit }' README.md | tr -d '`')
{
  echo "Package: hwx"
  echo "Version: $VERSION"
  echo "Architecture: amd64"
  echo "Maintainer: ${HWX_MAINTAINER:-hwx developers <hwx@localhost>}"
  echo "Installed-Size: $(du -sk --apparent-size "$ROOT/usr" | cut -f1)"
  echo "Recommends: pci.ids"
  echo "Section: utils"
  echo "Priority: optional"
  echo "Description: live hardware explorer: address map, I/O ports, PCI, MMIO registers"
  echo "$DESCRIPTION"
} >"$ROOT/DEBIAN/control"
(cd "$ROOT" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$ROOT/DEBIAN/md5sums"
find "$ROOT" -type d -exec chmod 755 {} +
find "$ROOT" -type f -exec chmod 644 {} +
chmod 755 "$ROOT/usr/bin/hwx"
mkdir -p dist
DEB=dist/hwx_${VERSION}_amd64.deb
# Same commit, same archive member times (dpkg-deb honours SOURCE_DATE_EPOCH).
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s) \
  dpkg-deb --root-owner-group --build "$ROOT" "$DEB" >/dev/null
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
say "static build $(secs "$T_BUILD"), man page $(secs "$T_MAN"), total $(secs "$(ms_since "$T_START")")"
say "binary $(mb "$UNSTRIPPED") ($UNSTRIPPED bytes), stripped $(mb "$STRIPPED") ($STRIPPED bytes); $DEB $(mb "$(stat -c %s "$DEB")")"
echo "$DEB"
