#!/usr/bin/env bash
# Benchmark: loading register maps is linear in their number. Makes two folders of small
# valid maps (SMALL and 10 x SMALL files, default 2,000 and 20,000), then times
#   hwx maps show nvme --maps DIR        (load every map, print one)
#   hwx maps list --maps DIR --root Q35  (load every map and match each against a machine)
# for both folders, and for an empty folder (the fixed start-up cost), in this same run. Prints CPU time (user + system, median of RUNS) and the
# ratio big/small: about 10 means linear, about 100 would be quadratic. Absolute seconds
# are printed too (issue 9 asks for 20,000 maps in under 2 s), but the ratio is the figure
# that does not depend on how loaded this shared machine is.
#
# usage: scripts/bench/maps.sh [RUNS] [SMALL]   (HWX_BIN=PATH: time that binary, build nothing)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
small=${2:-2000}
big=$((small * 10))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${HWX_BIN:-}" ]; then
  hwx=$HWX_BIN
else
  swift build -c release --product hwx >/dev/null
  hwx=$(swift build -c release --show-bin-path)/hwx
fi

make_maps() {  # DIR COUNT: COUNT map files, each one iomem map with two registers
  python3 - "$1" "$2" <<'EOF'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
os.makedirs(d)
for i in range(n):
    with open(f"{d}/m{i:05d}.yaml", "w") as f:
        f.write(f"name: m{i}\ntitle: bench map {i}\napplies-to:\n  - iomem: BENCH {i}\nregisters:\n"
                f"  - name: CTRL\n    offset: 0\n    width: 32\n    fields:\n"
                f"      - {{bits: 0, name: EN}}\n      - {{bits: 7:4, name: MODE, values: {{0: off, 1: on}}}}\n"
                f"  - name: STATUS\n    offset: 4\n    width: 32\n")
EOF
}
mkdir "$work/none"
make_maps "$work/small" "$small"
make_maps "$work/big" "$big"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {  # command... → CPU milliseconds (user + system), one run
  /usr/bin/time -f "%U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/time"
}
wall_ms() {  # command... → wall-clock milliseconds, one run
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
listed=$("$hwx" maps list --maps "$work/big" --root Tests/Fixtures/q35 | grep -c '^m[0-9]' || true)
[ "$listed" -eq "$big" ] || { echo "expected $big bench maps listed, got $listed" >&2; exit 1; }

for verb in show list; do
  case $verb in
    show) cmd=(maps show nvme) ;;
    list) cmd=(maps list --root Tests/Fixtures/q35) ;;
  esac
  z=$(for _ in $(seq "$runs"); do time_ms "$hwx" "${cmd[@]}" --maps "$work/none"; done | median)
  s=$(for _ in $(seq "$runs"); do time_ms "$hwx" "${cmd[@]}" --maps "$work/small"; done | median)
  b=$(for _ in $(seq "$runs"); do time_ms "$hwx" "${cmd[@]}" --maps "$work/big"; done | median)
  w=$(for _ in $(seq "$runs"); do wall_ms "$hwx" "${cmd[@]}" --maps "$work/big"; done | median)
  echo "hwx ${cmd[*]}: no extra maps ${z} ms CPU, $small maps ${s} ms, $big maps ${b} ms (${w} ms wall)"
  awk -v z="$z" -v s="$s" -v b="$b" -v n="$big" -v m="$small" 'BEGIN {
    printf "  ratio %d/%d maps: %.1f, %.1f without the fixed start-up cost (10 is linear, 100 quadratic)\n",
      n, m, (s > 0 ? b / s : 0), (s > z ? (b - z) / (s - z) : 0) }'
done
