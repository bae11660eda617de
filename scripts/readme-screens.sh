#!/usr/bin/env bash
# scripts/readme-screens.sh - captures the README's TUI screens from the real binary: tmux
# capture-pane of `hwx --root COPY` on a temporary copy of Tests/Fixtures/q35.
#
# Usage: scripts/readme-screens.sh [HWX]   (default .build/debug/hwx; run `swift build` first)
# Prints each screen between "=== NAME" lines: the NVMe register view (64-bit CAP and its
# fields), the field diff of the poke dialog (CC.EN), the live MSI-X table. The copy gets
# three MSI-X entries written into its BAR0 file as Linux's nvme driver programs them (message
# address 0xfee0_0000 | APIC ID << 12, data = vector; the last one masked). Nothing is written
# to the fixtures: the dialog is cancelled with n. Every wait has a deadline (10 s).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
hwx=$(realpath "${1:-.build/debug/hwx}")
[ -x "$hwx" ] || { echo "no hwx binary at $hwx: run swift build" >&2; exit 1; }
tmp=$(mktemp -d /tmp/hwx-screens.XXXXXX)
sock="$tmp/tmux.sock"
cleanup() { tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
cp -a Tests/Fixtures/q35 "$tmp/q35"
bar="$tmp/q35/sys/devices/pci0000:00/0000:00:03.0/resource0"
python3 - "$bar" <<'EOF'
import struct, sys
path = sys.argv[1]
with open(path, "r+b") as f:
    # MSI-X table at BAR0 + 0x2000, 16 bytes per entry: address low, high, data, vector control.
    for entry, (apic, vector, masked) in enumerate([(0, 0x22, 0), (1, 0x23, 0), (0, 0x24, 1)]):
        f.seek(0x2000 + 16 * entry)
        f.write(struct.pack("<IIII", 0xfee00000 | apic << 12, 0, vector, masked))
EOF

cols=120 rows=32
# start ARGS: hwx in a new tmux server on a socket of its own (a new socket each time: a
# server that kill-server is still taking down refuses new sessions, "server exited unexpectedly")
screens=0
start() {
    tmux -S "$sock" kill-server 2>/dev/null || true
    screens=$((screens + 1)); sock=$tmp/tmux-$screens.sock
    tmux -S "$sock" -f /dev/null new-session -d -s s -x $cols -y $rows \
        "env TERM=xterm-256color XDG_STATE_HOME=$tmp/state XDG_CONFIG_HOME=$tmp/config $hwx --root $tmp/q35 --pci-ids Tests/Fixtures/pci.ids.subset --no-mouse $*"
    tmux -S "$sock" set -g status off
}
send() { tmux -S "$sock" send-keys -t s "$@"; }
capture() { tmux -S "$sock" capture-pane -p -t s; }
# wait_for TEXT: until the screen holds TEXT (twice in a row, so ncurses finished the frame).
wait_for() {
    local last=""
    for _ in $(seq 1 100); do
        local now
        now=$(capture)
        if [[ "$now" == *"$1"* && "$now" == "$last" ]]; then return 0; fi
        last=$now
        sleep 0.1
    done
    echo "timed out waiting for: $1" >&2
    capture >&2
    exit 1
}
show() { echo "=== $1"; capture | sed "s|$tmp/q35|Tests/Fixtures/q35|; s/[[:space:]]*$//"; }

# 1. The NVMe register view: `o 00:03.0/bar0/CAP` opens it at the 64-bit CAP with its fields.
start --write
wait_for "PCI  (13 functions)"
send o C-u
send -l "00:03.0/bar0/CAP"
send Enter
wait_for "MPSMAX"
show register-view

# 2. The field diff: Enter on CC's EN field row, 1, Enter → the confirmation dialog.
send g
send -l "CC"
send Enter
wait_for "CC        32-bit"
send Down Enter
wait_for "CC.EN"
send C-u
send -l "1"
send Enter
wait_for "Write this register?"
show field-diff
send n

# 3. The live MSI-X table: 00:03.0 in the tree, Tab into the details, Enter on the MSI-X line.
rows=16
start --write
wait_for "PCI  (13 functions)"
for _ in 1 2 3 4 5 6 7; do send Down; done
send Tab Down Down Enter
wait_for "reads/tick (aligned DWORDs)"
show msix
send Q

# 4. A config field edit: 00:02.0 in the tree, f to its first config field, ↓ to
# COMMAND.BusMaster, f, 1, Enter → the confirmation dialog (cancelled with n).
rows=24 cols=100
start --write
wait_for "PCI  (13 functions)"
for _ in 1 2 3 4 5 6; do send Down; done
wait_for "0000:00:02.0  Unclassified device"
send f
wait_for "config fields"
found=""
for _ in $(seq 1 12); do
    if capture | grep -q " 00:02.0/config/COMMAND.BusMaster  bits"; then found=1; break; fi
    send Down
    sleep 0.3
done
[ -n "$found" ] || { echo "no COMMAND.BusMaster row" >&2; capture >&2; exit 1; }
show config-field-row
send f
wait_for "COMMAND.BusMaster (bits 2 RW) = "
send C-u
send -l "1"
send Enter
wait_for "Write this register?"
show config-field-dialog
send n
send Q
