#!/usr/bin/env bash
# The hwx benchmark suite (issue 12): every figure next to a baseline measured in the SAME
# run (lspci -nn, xxd -e -g4, C volatile loops compiled here with cc), and the ratio. The
# machines are shared and noisy, so hwx and its baseline run alternately and each figure is
# the median of the runs. CPU time is user + system (/usr/bin/time), RSS is peak RSS
# (/usr/bin/time %M, or VmHWM for the TUI). The goals (thresholds) live here, never in
# unit tests; a line ends in "met" or "NOT met".
#
# usage: scripts/bench/run.sh [--quick] [--runs N]
#   --quick    a few seconds: small inputs, 3 runs (what .ci/run runs, so the suite never rots)
#   HWX_BIN, HWX_BENCH_BIN: use these release binaries instead of building them
# Needs: cc, python3, pciutils (lspci), pci.ids, xxd, time (/usr/bin/time), tmux.
set -euo pipefail
cd "$(dirname "$0")/../.."
quick=0 runs=7
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; runs=3 ;;
    --runs) runs=$2; shift ;;
    *) echo "usage: $0 [--quick] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
if [ "$quick" = 1 ]; then functions=256; dump_mib=2; samples=20000000; live_s=2; else functions=4096; dump_mib=16; samples=200000000; live_s=10; fi

work=$(mktemp -d)
cleanup() { tmux -S "$work/tmux.sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [ -z "${HWX_BIN:-}" ] || [ -z "${HWX_BENCH_BIN:-}" ]; then
  swift build -c release --product hwx >/dev/null
  swift build -c release --product hwx-bench >/dev/null
  bin=$(swift build -c release --show-bin-path)
fi
hwx=${HWX_BIN:-$bin/hwx}
hwxbench=${HWX_BENCH_BIN:-$bin/hwx-bench}
cc -O2 -o "$work/baseline" scripts/bench/baseline.c

echo "hwx benchmark suite: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "mode: $([ $quick = 1 ] && echo quick || echo full), median of $runs alternating runs"
echo

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# measure NAME CMD...: one run; appends "cpu_ms rss_kib" to $work/NAME
measure() {
  local name=$1; shift
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  awk '{ printf "%d %d\n", ($1 + $2) * 1000, $3 }' "$work/time" >> "$work/$name"
}
cpu() { awk '{print $1}' "$work/$1" | median; }
rss() { awk '{print $2}' "$work/$1" | median; }
# verdict VALUE OP LIMIT: "met" or "NOT met"
verdict() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == "<=") ? (v <= l) : (v >= l); print ok ? "met" : "NOT met" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
row() { printf '%-44s %s\n' "$1" "$2"; }

# ---------- inputs ----------
python3 scripts/bench/make-many-functions.py Tests/Fixtures/q35 "$work/root" "$work/many.txt" "$functions"
head -c $((dump_mib * 1024 * 1024)) /dev/urandom > "$work/blob"
head -c 4096 /dev/urandom > "$work/page"
lspci_sysfs=(lspci -A linux-sysfs -O "sysfs.path=$work/root/sys/bus/pci" -nn)

# ---------- 1. hwx list pci vs lspci -nn ----------
"$hwx" list pci --root "$work/root" >/dev/null; "${lspci_sysfs[@]}" >/dev/null   # warm the page cache
for _ in $(seq "$runs"); do
  measure list "$hwx" list pci --root "$work/root"
  measure lspci "${lspci_sysfs[@]}"
done
h=$(cpu list) l=$(cpu lspci) hr=$(rss list) lr=$(rss lspci)
r=$(ratio "$h" "$l"); rr=$(ratio "$hr" "$lr")
echo "## list pci, $functions functions"
row "hwx list pci CPU" "$h ms   lspci -nn $l ms   ratio $r (goal <= 1.0: $(verdict "$r" '<=' 1.0))"
row "hwx list pci peak RSS" "$(mib "$hr")   lspci -nn $(mib "$lr")   ratio $rr (goal <= 2.0: $(verdict "$rr" '<=' 2.0))"
echo

# ---------- 2. hwx dump vs xxd -e -g4 ----------
"$hwx" dump "file:$work/blob" --length $((dump_mib * 1024 * 1024)) >/dev/null; xxd -e -g4 "$work/blob" >/dev/null
for _ in $(seq "$runs"); do
  measure dump "$hwx" dump "file:$work/blob" --length $((dump_mib * 1024 * 1024))
  measure xxd xxd -e -g4 "$work/blob"
done
h=$(cpu dump) x=$(cpu xxd) hr=$(rss dump)
r=$(ratio "$h" "$x")
echo "## dump, $dump_mib MiB plain file"
row "hwx dump CPU" "$h ms   xxd -e -g4 $x ms   ratio $r (goal <= 1.0: $(verdict "$r" '<=' 1.0))"
row "hwx dump peak RSS" "$(mib "$hr")   xxd $(mib "$(rss xxd)")   (goal <= 32 MiB: $(verdict "$hr" '<=' 32768))"
echo

# ---------- 3. the core's guarded block read and single read vs C volatile loops ----------
reps=$([ $quick = 1 ] && echo 3 || echo 9)
single_n=$([ $quick = 1 ] && echo 2000000 || echo 20000000)
for _ in $(seq "$runs"); do
  "$hwxbench" block "$work/blob" "$reps" | awk '{print $2}' >> "$work/block_h"
  "$work/baseline" block "$work/blob" "$reps" | awk '{print $2}' >> "$work/block_c"
  "$hwxbench" single "$work/blob" "$single_n" | awk '{print $2}' >> "$work/single_h"
  "$work/baseline" single "$work/blob" "$single_n" | awk '{print $2}' >> "$work/single_c"
done
bh=$(median < "$work/block_h") bc=$(median < "$work/block_c")
sh=$(median < "$work/single_h") sc=$(median < "$work/single_c")
r=$(ratio "$bc" "$bh")
over=$(awk -v h="$sh" -v c="$sc" 'BEGIN { printf "%.1f", h - c }')
echo "## the core's register reads (MappedSpace on a plain file)"
row "readBlock, 32-bit words" "$(printf %.2f "$bh") ns/word   C volatile loop $(printf %.2f "$bc") ns/word   speed ratio $r (goal >= 0.9: $(verdict "$r" '>=' 0.9))"
row "one guarded read (RegisterSpace.read)" "$(printf %.1f "$sh") ns   C volatile load $(printf %.1f "$sc") ns   overhead $over ns (goal <= 25 ns: $(verdict "$over" '<=' 25))"
echo

# ---------- 4. hwx watch --interval 0 vs a C loop sampling the same word ----------
for _ in $(seq "$runs"); do
  "$hwx" watch "file:$work/blob+0x40" --interval 0 --count "$samples" | awk '/^# / { for (i = 1; i <= NF; i++) if ($i == "samples/s,") print $(i-1) }' \
    | awk '{ v = $1; m = 1; if (v ~ /G$/) m = 1e9; else if (v ~ /M$/) m = 1e6; else if (v ~ /k$/) m = 1e3; sub(/[GMk]$/, "", v); printf "%.0f\n", v * m }' >> "$work/watch_h"
  "$work/baseline" sample "$work/blob" "$samples" | awk '{printf "%.0f\n", $2}' >> "$work/watch_c"
  "$hwxbench" sample "$work/blob" "$samples" | awk '{printf "%.0f\n", $2}' >> "$work/watch_core"
done
wh=$(median < "$work/watch_h") wc_=$(median < "$work/watch_c") wk=$(median < "$work/watch_core")
r=$(ratio "$wh" "$wc_")
echo "## watch --interval 0, one static 32-bit word of a plain file mapping, $samples samples"
row "hwx watch sample rate" "$(awk -v v="$wh" 'BEGIN{printf "%.3g", v}')/s   C volatile loop $(awk -v v="$wc_" 'BEGIN{printf "%.3g", v}')/s   ratio $r (goal >= 0.5: $(verdict "$r" '>=' 0.5))"
row "MaxRateSampler in-process (core only)" "$(awk -v v="$wk" 'BEGIN{printf "%.3g", v}')/s   ratio $(ratio "$wk" "$wc_")"
echo

# ---------- 5. TUI first frame (tmux) vs wall time of lspci -nn ----------
tmuxs() { tmux -S "$work/tmux.sock" "$@"; }
printf 'set -g remain-on-exit off\nset -g default-terminal tmux-256color\n' > "$work/tmux.conf"
tmuxs -f "$work/tmux.conf" new-session -d -s keep -x 120 -y 40 "sleep 100000"
now_ms() { date +%s%3N; }
# wait_pane WINDOW REGEX SECONDS: poll the pane until REGEX shows; on a deadline, print the
# pane and fail (every wait in this script is bounded: an unbounded one hung CI once)
wait_pane() {
  local t0; t0=$(now_ms)
  until tmuxs capture-pane -p -t "keep:$1" 2>/dev/null | grep -q -- "$2"; do
    if [ $(( $(now_ms) - t0 )) -gt $(( $3 * 1000 )) ]; then
      echo "bench: '$2' did not appear in window $1 within $3 s; the pane shows:" >&2
      tmuxs capture-pane -p -t "keep:$1" >&2 2>/dev/null || echo "(window $1 is gone: hwx exited)" >&2
      return 1
    fi
    sleep 0.02
  done
}
# first_frame ROOT: ms from launch until the tree shows its PCI row; VmHWM (KiB) to $work/tui_rss
first_frame() {
  local t0 t1 pid
  t0=$(now_ms)
  tmuxs new-window -d -t keep -n tui "exec env LC_ALL=C.UTF-8 $hwx tui --root $1"
  while ! tmuxs capture-pane -p -t keep:tui 2>/dev/null | grep -q 'PCI  ('; do
    [ $(( $(now_ms) - t0 )) -gt 20000 ] && { echo "TUI did not draw its tree within 20 s" >&2; return 1; }
    sleep 0.005
  done
  t1=$(now_ms)
  pid=$(tmuxs display -p -t keep:tui '#{pane_pid}')
  sleep 0.3   # let it settle, then take its peak RSS
  awk '/^VmHWM/ {print $2}' "/proc/$pid/status" >> "$work/tui_rss_$2"
  tmuxs kill-window -t keep:tui
  echo $((t1 - t0))
}
wall_ms() { local t0; t0=$(now_ms); "$@" >/dev/null 2>&1; echo $(( $(now_ms) - t0 )); }
for _ in $(seq "$runs"); do
  first_frame "$work/root" many >> "$work/ff_many"
  wall_ms "${lspci_sysfs[@]}" >> "$work/lspci_wall"
  first_frame Tests/Fixtures/q35 q35 >> "$work/ff_q35"
done
fm=$(median < "$work/ff_many") lw=$(median < "$work/lspci_wall") fq=$(median < "$work/ff_q35")
r=$(ratio "$fm" "$lw")
q35n=$(ls Tests/Fixtures/q35/sys/bus/pci/devices | wc -l)
echo "## TUI first frame (tmux, from launch until the tree is on screen)"
row "$functions functions" "$fm ms   lspci -nn wall $lw ms   ratio $r (goal <= 1.5: $(verdict "$r" '<=' 1.5))"
row "q35 capture ($q35n functions)" "$fq ms (goal <= 150 ms: $(verdict "$fq" '<=' 150))"
echo

# ---------- 6. live 4 KiB view at 10 Hz: CPU and bytes to the tty per changed register ----------
tmuxs new-window -d -t keep -n live "exec env LC_ALL=C.UTF-8 $hwx tui --root Tests/Fixtures/q35 --hz 10"
wait_pane live 'PCI  (' 20
tmuxs send-keys -t keep:live o
wait_pane live '^open (' 10
tmuxs send-keys -t keep:live -l "file:$work/page"; tmuxs send-keys -t keep:live Enter
wait_pane live "file:$work/page .* hex" 10
wait_pane live '^│ 00000040 ' 10
sleep 1
pid=$(tmuxs display -p -t keep:live '#{pane_pid}')
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
tmuxs pipe-pane -o -t keep:live "cat >> $work/tty"
sleep 0.5; : > "$work/tty"
c0=$(ticks); t0=$(now_ms)
changes=$((live_s * 10))
python3 - "$work/page" "$changes" <<'EOF'
import os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR)
for i in range(int(sys.argv[2])):
    os.pwrite(fd, (0x1000 + i).to_bytes(4, "little"), 0x40)   # one register changes 10 times a second
    time.sleep(0.1)
EOF
c1=$(ticks); t1=$(now_ms)
sleep 0.2
bytes=$(wc -c < "$work/tty")
tmuxs pipe-pane -t keep:live
tmuxs kill-window -t keep:live
hz=$(getconf CLK_TCK)
pct=$(awk -v c=$((c1 - c0)) -v hz="$hz" -v ms=$((t1 - t0)) 'BEGIN { printf "%.2f", 100 * c / hz / (ms / 1000) }')
per=$(awk -v b="$bytes" -v n="$changes" 'BEGIN { printf "%.0f", b / n }')
echo "## live 4 KiB hex view at 10 Hz, one register changing 10 times a second, ${live_s} s"
row "CPU" "$pct% of one core (keep <= 2%: $(verdict "$pct" '<=' 2))"
row "bytes to the tty per changed register" "$per ($bytes bytes for $changes changes; keep <= 64: $(verdict "$per" '<=' 64))"
echo

# ---------- 7. memory ----------
for _ in $(seq "$runs"); do
  measure show_q35 "$hwx" show -vv --root Tests/Fixtures/q35
  measure show_many "$hwx" show --root "$work/root"
done
echo "## peak RSS"
row "TUI, q35 ($q35n functions)" "$(mib "$(median < "$work/tui_rss_q35")")"
row "TUI, $functions functions" "$(mib "$(median < "$work/tui_rss_many")")"
row "list pci, $functions functions" "$(mib "$(rss list)")   (lspci -nn $(mib "$(rss lspci)"))"
row "show -vv, q35" "$(mib "$(rss show_q35)")"
row "show, $functions functions" "$(mib "$(rss show_many)")"
row "dump, $dump_mib MiB" "$(mib "$(rss dump)")   (xxd $(mib "$(rss xxd)"))"
