#!/usr/bin/env bash
# scripts/check-package.sh - checks a .deb made by scripts/package.sh, as CI does.
#
# Usage: scripts/check-package.sh dist/hwx_<version>_amd64.deb
#   - `dpkg-deb -c`: exactly the expected files; control fields (Version = the binary's
#     --version, Recommends: pci.ids);
#   - unpacked into a temporary directory (`dpkg-deb -x`, nothing installed): the binary is
#     static (file, ldd) and stripped under 20 MB; `hwx --version` and
#     `hwx --root Tests/Fixtures/q35 list pci` run from the unpacked tree (a capture, never
#     this machine's hardware);
#   - `man -l` renders the page without warnings, with every verb and the sections
#     TARGETS, EXIT STATUS, ENVIRONMENT, FILES, SAFETY;
#   - the completions load: bash (`complete -p hwx`), zsh and fish when installed (else
#     their first line is checked).
# Exit: 0 all passed, 1 a check failed (each failure is printed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DEB=${1:?usage: scripts/check-package.sh dist/hwx_VERSION_amd64.deb}
[ -f "$DEB" ] || { echo "check-package: no file $DEB" >&2; exit 1; }
FAILS=0
ok() { printf 'ok    %s\n' "$1"; }
bad() { printf 'FAIL  %s\n' "$1"; shift; for l in "$@"; do printf '        %s\n' "$l"; done; FAILS=$((FAILS + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

X=$(mktemp -d /tmp/hwx-check-package.XXXXXX)
trap 'rm -rf "$X"' EXIT

# ------------------------------------------------------------------ contents and control
want="./usr/bin/hwx
./usr/share/bash-completion/completions/hwx
./usr/share/doc/hwx/copyright
./usr/share/fish/vendor_completions.d/hwx.fish
./usr/share/man/man1/hwx.1.gz
./usr/share/zsh/vendor-completions/_hwx"
listing=$(dpkg-deb -c "$DEB")
got=$(awk '$1 !~ /^d/ { print $6 }' <<<"$listing" | sort)
if [ "$got" = "$want" ]; then ok "dpkg-deb -c: the 6 expected files"; else bad "dpkg-deb -c: the 6 expected files" "$(diff <(echo "$want") <(echo "$got") | grep '^[<>]' | tr '\n' ' ')"; fi
if awk '{ print $2 }' <<<"$listing" | grep -qv '^root/root$'; then bad "files owned by root/root" "$(awk '{ print $2 }' <<<"$listing" | sort -u | tr '\n' ' ')"; else ok "files owned by root/root"; fi
grep -q -- '-rwxr-xr-x .* ./usr/bin/hwx$' <<<"$listing" && ok "/usr/bin/hwx is mode 755" || bad "/usr/bin/hwx is mode 755" "$(grep usr/bin/hwx <<<"$listing")"
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = hwx ] && ok "Package: hwx" || bad "Package: hwx" "$(field Package)"
[ "$(field Architecture)" = amd64 ] && ok "Architecture: amd64" || bad "Architecture: amd64" "$(field Architecture)"
[[ "$(field Recommends), $(field Depends)" == *pci.ids* ]] && ok "Recommends: pci.ids" || bad "Recommends or Depends on pci.ids" "Recommends: $(field Recommends); Depends: $(field Depends)"

# ------------------------------------------------------------------ the binary, unpacked
dpkg-deb -x "$DEB" "$X/root"
H=$X/root/usr/bin/hwx
kind=$(file -b "$H")
[[ $kind == *"statically linked"* && $kind == *stripped* && $kind != *"not stripped"* ]] && ok "file: static, stripped" || bad "file: static, stripped" "$kind"
if ldd "$H" >/dev/null 2>&1; then bad "ldd: not a dynamic executable" "$(ldd "$H" 2>&1 | head -3)"; else ok "ldd: not a dynamic executable"; fi
size=$(stat -c %s "$H")
[ "$size" -lt 20000000 ] && ok "size $size bytes (under 20 MB)" || bad "size under 20 MB" "$size bytes"
version=$("$H" --version 2>&1) || true
[ "$version" = "$(field Version)" ] && ok "hwx --version = Version ($version)" || bad "hwx --version = the package Version" "binary: $version; package: $(field Version)"
listing=$("$H" --root Tests/Fixtures/q35 list pci 2>&1) && [[ $listing == *"00:03.0 Non-Volatile memory controller"* ]] \
  && ok "hwx --root Tests/Fixtures/q35 list pci ($(wc -l <<<"$listing") functions)" \
  || bad "hwx --root Tests/Fixtures/q35 list pci" "$(head -3 <<<"$listing")"

# ------------------------------------------------------------------ the man page
man_text=$(MANWIDTH=100 man --warnings -l "$X/root/usr/share/man/man1/hwx.1.gz" 2>"$X/man.err") || true
if [ -s "$X/man.err" ] || [ -z "$man_text" ]; then bad "man -l renders without warnings" "$(head -5 "$X/man.err")"; else ok "man -l renders without warnings ($(wc -l <<<"$man_text") lines)"; fi
missing=""
for s in NAME SYNOPSIS DESCRIPTION TARGETS "EXIT STATUS" ENVIRONMENT FILES SAFETY; do
  grep -q "^$s\$" <<<"$man_text" || missing+="$s "
done
[ -z "$missing" ] && ok "man sections NAME ... SAFETY" || bad "man sections" "missing: $missing"
verbs=$("$H" --experimental-dump-help | python3 -c 'import json,sys; print(" ".join(c["commandName"] for c in json.load(sys.stdin)["command"]["subcommands"] if c["commandName"] != "help"))')
missing=""
for v in $verbs; do grep -qE "^     $v( |\$)" <<<"$man_text" || missing+="$v "; done
[ -z "$missing" ] && ok "man documents every verb ($verbs)" || bad "man documents every verb" "missing: $missing"
grep -q "NO_COLOR" <<<"$man_text" && grep -q "journal.jsonl" <<<"$man_text" && grep -q "<device>/barN+OFF" <<<"$man_text" \
  && ok "man has NO_COLOR, the journal, the grammar" || bad "man has NO_COLOR, the journal, the grammar"

# ------------------------------------------------------------------ completions
C=$X/root/usr/share
if out=$(bash -c 'source "$1" && complete -p hwx' _ "$C/bash-completion/completions/hwx" 2>&1) && [[ $out == *hwx* ]]; then
  ok "bash completion loads ($out)"
else
  bad "bash completion loads" "$out"
fi
if command -v zsh >/dev/null; then check "zsh -n _hwx" zsh -n "$C/zsh/vendor-completions/_hwx"
else [ "$(head -1 "$C/zsh/vendor-completions/_hwx")" = "#compdef hwx" ] && ok "zsh completion starts with #compdef hwx (zsh not installed)" || bad "zsh completion starts with #compdef hwx"; fi
if command -v fish >/dev/null; then check "fish -n hwx.fish" fish -n "$C/fish/vendor_completions.d/hwx.fish"
else grep -qE "^complete -c '?hwx'? " "$C/fish/vendor_completions.d/hwx.fish" && ok "fish completion has complete -c hwx (fish not installed)" || bad "fish completion has complete -c hwx"; fi

if [ "$FAILS" = 0 ]; then echo "check-package: all checks passed for $DEB"; else echo "check-package: $FAILS check(s) failed for $DEB"; exit 1; fi
