#!/usr/bin/env bash
# Benchmark: `hwx list pci` on a synthetic machine root with 4,096 PCI functions, against
# `lspci -nn` listing the same 4,096 functions from the same sysfs tree
# (`-A linux-sysfs -O sysfs.path=ROOT/sys/bus/pci`), both with names from the system pci.ids. Prints the median of several runs and the ratio
# hwx/lspci measured in this same run (a ratio, not an absolute time: machines here are
# shared and noisy). Time is CPU time (user + system) of the process, which other load on
# the machine disturbs far less than wall-clock time. Needs: pciutils, pci.ids.
#
# usage: scripts/bench/list-pci.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product hwx >/dev/null
hwx=$(swift build -c release --show-bin-path)/hwx
python3 scripts/bench/make-many-functions.py Tests/Fixtures/q35 "$work/root" "$work/dump.txt" 4096

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {  # command... → CPU milliseconds (user + system), one run
  /usr/bin/time -f "%U %S" -o "$work/time" "$@" >/dev/null 2>&1
  awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/time"
}
# warm the page cache once for both
lspci_sysfs=(lspci -A linux-sysfs -O "sysfs.path=$work/root/sys/bus/pci" -nn)
"$hwx" list pci --root "$work/root" >/dev/null; "${lspci_sysfs[@]}" >/dev/null
lines_hwx=$("$hwx" list pci --root "$work/root" | wc -l)
lines_lspci=$("${lspci_sysfs[@]}" | wc -l)
h=$(for _ in $(seq "$runs"); do time_ms "$hwx" list pci --root "$work/root"; done | median)
l=$(for _ in $(seq "$runs"); do time_ms "${lspci_sysfs[@]}"; done | median)
echo "functions listed: hwx $lines_hwx, lspci $lines_lspci"
echo "median CPU time of $runs runs: hwx list pci ${h} ms, lspci -nn ${l} ms"
awk -v h="$h" -v l="$l" 'BEGIN { printf "ratio hwx/lspci: %.2f (below 1.00: hwx is faster)\n", (l > 0 ? h / l : 0) }'
