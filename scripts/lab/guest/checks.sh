# Guest-side checks of the hwx lab (sourced by /init; busybox sh).
#
# hwx does every hardware access; this script only runs hwx, compares, and prints one line per
# check: RESULT|<check>|PASS or FAIL|<expected>|<seen>. The host (scripts/lab/run-lab.sh) builds
# the summary table from these lines and fails any check that printed none. Each check starts
# with a "CHECK <id>" line and every hwx command is echoed with its output and exit code, so a
# failing check can be read in the console log. Reading sysfs and /proc here is fine: that is
# the guest's own view that hwx is compared against.
#
# Expected device values are QEMU's (hw/misc/edu.c, hw/nvme/ctrl.c, hw/timer/hpet.c,
# hw/rtc/mc146818rtc.c), as measured in this lab with Debian's QEMU 7.2.

# result ID EXPECTED SEEN: PASS when SEEN equals EXPECTED.
result() {
  if [ "$3" = "$2" ]; then st=PASS; else st=FAIL; fi
  echo "RESULT|$1|$st|$2|$3"
}
# verdict ID CONDITION-EXIT-CODE EXPECTED SEEN: PASS when the condition ($?) held.
verdict() {
  if [ "$2" = 0 ]; then st=PASS; else st=FAIL; fi
  echo "RESULT|$1|$st|$3|$4"
}
check() { echo "CHECK $1"; }

# hx ARGS...: run hwx as root; echo the command and its output. OUT = stdout+stderr, RC = exit.
hx() { run_hwx "" "$@"; }
# hx_nobody ARGS...: the same as uid/gid 65534 (nobody), with no supplementary groups.
# (busybox su runs /bin/sh -c; the arguments here never hold spaces or quotes)
hx_nobody() { run_hwx nobody "$@"; }
run_hwx() {
  who=$1; shift
  t0=$(cut -d' ' -f1 /proc/uptime)
  if [ "$who" = nobody ]; then
    echo "\$ su -s /bin/sh nobody -c 'hwx $*'"
    OUT=$(su -s /bin/sh nobody -c "hwx $*" 2>&1); RC=$?
  else
    echo "\$ hwx $*"
    OUT=$(hwx "$@" 2>&1); RC=$?
  fi
  [ -n "$OUT" ] && echo "$OUT" | sed 's/^/  | /'
  echo "  = exit $RC  [guest uptime $t0 -> $(cut -d' ' -f1 /proc/uptime)]"
}
# num WORD: WORD as a decimal number, or -1 when it is not a hex/decimal number (ash aborts
# the whole script, PID 1 here, on a bad $(( )) expression: never feed it hwx output directly).
num() {
  if expr "$1" : '0x[0-9a-fA-F]\{1,16\}$' >/dev/null || expr "$1" : '[0-9]\{1,18\}$' >/dev/null; then
    echo $(( $1 ))
  else
    echo -1
  fi
}
# The last word of the first output line: the value `hwx read` printed.
value() { echo "$OUT" | head -1 | awk '{print $NF}'; }
# The value of a labelled line of `hwx write` (e.g. "read back").
field() { echo "$OUT" | sed -n "s/^$1  *//p" | head -1; }

# PCI function (short BDF as hwx prints it) by vendor and device ID, from sysfs.
find_pci() {
  for d in /sys/bus/pci/devices/*; do
    if [ "$(cat "$d/vendor")" = "$1" ] && [ "$(cat "$d/device")" = "$2" ]; then echo "${d##*/0000:}"; return 0; fi
  done
  echo "none-$1:$2"
  return 1
}

# /proc/iomem or /proc/ioports as `hwx list X --tree` prints it, minus its size column:
# "  000f0000-000fffff     64K  System ROM" -> "  000f0000-000fffff : System ROM".
tree_as_proc() { sed 's/^\( *\)\([0-9a-f?]*-[0-9a-f?]*\)  *[0-9.?]*[KMGTPE]\{0,1\}  /\1\2 : /'; }

# ---------------------------------------------------------------- check 1: lists agree with /proc, sysfs
check_lists() {
  check 1-list-pci
  hx list pci
  n=0 missing=""
  for d in /sys/bus/pci/devices/*; do
    n=$((n + 1)); bdf=${d##*/0000:}
    ids="[$(sed 's/^0x//' "$d/vendor"):$(sed 's/^0x//' "$d/device")]"
    echo "$OUT" | grep "^$bdf " | grep -qF "$ids" || missing="$missing $bdf$ids"
  done
  lines=$(echo "$OUT" | grep -c '^[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]\.[0-7] ')
  [ -z "$missing" ] && [ "$lines" = "$n" ] && [ "$RC" = 0 ]
  verdict 1-list-pci $? "$n functions as in sysfs, none missing" "$lines functions (exit $RC), missing:${missing:- none}"

  check 1-pci-tree
  # sysfs: a function's parent is the directory its device link sits in (e.g. .../0000:00:08.0/0000:01:00.0).
  expect="" seen=""
  for d in /sys/bus/pci/devices/*; do
    up=$(basename "$(dirname "$(readlink "$d")")")
    case $up in [0-9a-f][0-9a-f][0-9a-f][0-9a-f]:*) expect="$expect ${d##*/}<$up" ;; esac
  done
  hx list pci --json
  seen=$(echo "$OUT" | awk -F'"' '/"address":/{a=$4} /"parent": "/{print a "<" $4}' | tr '\n' ' ')
  hx list pci --tree
  echo "$OUT" >/tmp/guest-list-pci.txt   # compared with the snapshot on the host (check 8)
  # The child's line directly follows its bridge (with "[bus 01]") and is indented under it.
  nested=$(echo "$OUT" | awk '/ 00:08\.0 .*\[bus 01\]/{getline n; if (n ~ /^[^0-9a-z]+ 01:00\.0 /) print "yes"}')
  result 1-pci-tree "01:00.0 under 00:08.0 [bus 01]; parents:$expect" \
    "$([ "$nested" = yes ] && echo "01:00.0 under 00:08.0 [bus 01]" || echo "01:00.0 not nested under 00:08.0"); parents: ${seen% }"

  for what in iomem ioports; do
    check 1-list-$what
    hx list $what --tree
    echo "$OUT" | tree_as_proc >/tmp/hwx-$what.txt
    if diff /proc/$what /tmp/hwx-$what.txt >/tmp/diff.txt; then d="identical"; else d="differs: $(grep '^[-+][^-+]' /tmp/diff.txt | head -2 | tr '\n' ' ')"; fi
    tree_rc=$RC
    hx list $what
    echo "$OUT" >/tmp/guest-list-$what.txt   # compared with the snapshot on the host (check 8)
    flat=$(echo "$OUT" | wc -l) proc=$(wc -l </proc/$what)
    [ "$d" = identical ] && [ "$tree_rc$RC" = 00 ] && [ "$flat" = "$proc" ]
    verdict 1-list-$what $? "tree = /proc/$what, flat $proc lines" "tree $d (exit $tree_rc), flat $flat lines (exit $RC)"
  done
}

# ---------------------------------------------------------------- check 2: edu
check_edu() {
  EDU=$(find_pci 0x1234 0x11e8)
  check 2-edu-id
  hx read "$EDU/bar0+0x00"
  result 2-edu-id "0x010000ed" "$(value)"

  check 2-edu-liveness
  # edu inverts what is written to 0x04 (liveness check register).
  hx write "$EDU/bar0+0x04" 0x12345678 --yes
  readback=$(field "read back" | awk '{print $1}')
  hx read "$EDU/bar0+0x04"
  result 2-edu-liveness "read back 0xedcba987, read 0xedcba987" "read back $readback, read $(value)"

  check 2-edu-factorial
  # Writing 0x08 starts a factorial; status 0x20 bit 0 is set while it computes.
  hx write "$EDU/bar0+0x08" 5 --yes
  polls=0 status=?
  while [ $polls -lt 50 ]; do
    polls=$((polls + 1))
    hx read "$EDU/bar0+0x20"
    status=$(value)
    [ "$RC" = 0 ] && [ $(( $(num "$status") & 1 )) = 0 ] && break
  done
  hx read "$EDU/bar0+0x08"
  v=$(num "$(value)")
  [ "$RC" = 0 ] && [ "$v" = 120 ] && [ $(( $(num "$status") & 1 )) = 0 ]
  verdict 2-edu-factorial $? "0x08 = 120 once 0x20 bit 0 clears" "0x08 = $v after $polls status read(s) (status $status)"
}

# ---------------------------------------------------------------- check 3: NVMe registers, refusals
check_nvme() {
  NVME=$(find_pci 0x1b36 0x0010)
  check 3-nvme-cap
  hx read "$NVME/bar0+0x00" --width 64
  result 3-nvme-cap "0x004018200f0107ff (64-bit)" "$(value) ($(echo "$OUT" | head -1 | awk '{print $(NF-1)}'))"

  check 3-nvme-vs
  hx read "$NVME/bar0+0x08" --width 32
  result 3-nvme-vs "0x00010400 (32-bit)" "$(value) ($(echo "$OUT" | head -1 | awk '{print $(NF-1)}'))"

  check 3-nvme-misaligned
  # The core refuses a misaligned access before touching the device (natural alignment).
  hx read "$NVME/bar0+0x01" --width 32
  r1="exit $RC$(echo "$OUT" | grep -q misaligned && echo ', misaligned')"
  hx read "$NVME/bar0+0x04" --width 64
  r2="exit $RC$(echo "$OUT" | grep -q misaligned && echo ', misaligned')"
  result 3-nvme-misaligned "+0x01/32: exit 1, misaligned; +0x04/64: exit 1, misaligned" "+0x01/32: $r1; +0x04/64: $r2"
}

# ---------------------------------------------------------------- check 4: HPET through /dev/mem
check_hpet() {
  check 4-hpet-counter
  # HPET main counter (0xf0 in the block at 0xfed00000), mapped through /dev/mem.
  hx read phys:0xfed000f0 --width 64
  a=$(value) rc1=$RC
  sleep 1
  hx read phys:0xfed000f0 --width 64
  b=$(value) rc2=$RC
  [ "$rc1$rc2" = 00 ] && [ "$(num "$a")" -ge 0 ] && [ "$(num "$b")" -gt "$(num "$a")" ]
  verdict 4-hpet-counter $? "second read larger" "$a -> $b (exit $rc1/$rc2)"
}

# ---------------------------------------------------------------- check 5: RTC through /dev/port
rtc_seconds() {   # SEC = the BCD seconds register (CMOS index 0x00), through ports 0x70/0x71
  hx write port:0x70 0x00 --width 8 --yes
  hx read port:0x71 --width 8
  SEC=$(value)
}
check_rtc() {
  check 5-rtc-seconds
  # The RTC must advance as the guest's own clock does. Each read is a whole hwx process
  # under TCG, so the read happened somewhere between the uptimes taken around it: the RTC's
  # difference must lie within those bounds, +-1 s for its whole-second resolution.
  cs() { awk '{printf "%d", $1 * 100}' /proc/uptime; }   # uptime in 1/100 s
  a1=$(cs); rtc_seconds; s1=$SEC; b1=$(cs)
  sleep 2
  a2=$(cs); rtc_seconds; s2=$SEC; b2=$(cs)
  lo=$(( (a2 - b1) / 100 - 1 )) hi=$(( (b2 - a1 + 99) / 100 + 1 )) d=?
  bcd() { echo $(( ($1 >> 4) * 10 + ($1 & 15) )); }
  valid() { [ $(( $1 & 15 )) -le 9 ] && [ $(( $1 >> 4 )) -le 5 ]; }
  ok=1
  [ "$(num "$s1")" -ge 0 ] && [ "$(num "$s2")" -ge 0 ] && case "$s1$s2" in *0x*0x*) valid "$s1" && valid "$s2" && d=$(( ($(bcd "$s2") - $(bcd "$s1") + 60) % 60 )) \
    && [ "$d" -ge 1 ] && [ "$d" -ge "$lo" ] && [ "$d" -le "$hi" ] && ok=0 ;; esac
  verdict 5-rtc-seconds $ok "valid BCD, +$lo..$hi s as guest uptime" "$s1 -> $s2 (BCD, +$d s)"
}

# ---------------------------------------------------------------- check 6: ivshmem shared with the host
check_ivshmem() {
  IVSH=$(find_pci 0x1af4 0x1110)
  MARKER=$(sed -n 's/.*hwxlab\.marker=\([^ ]*\).*/\1/p' /proc/cmdline)
  check 6-ivshmem-read
  # The host wrote MARKER at offset 0 of the backing file; BAR2 is that file.
  hx dump "$IVSH/bar2+0x0" --length 32
  ascii=$(echo "$OUT" | sed -n 's/.*|\(.*\)|$/\1/p' | tr -d '\n' | tr -d '.')
  hx read "$IVSH/bar2+0x0" --width 32
  first=$(value)
  # The first 4 marker bytes as a little-endian 32-bit word.
  want=$(printf '%s' "$MARKER" | head -c 4 | od -An -tx4 | tr -d ' ')
  result 6-ivshmem-read "dump shows $MARKER; +0x0 = 0x$want" "dump shows $(echo "$ascii" | cut -c1-${#MARKER}); +0x0 = $first"

  check 6-ivshmem-write
  hx write "$IVSH/bar2+0x1000" 0x600dcafe --yes
  result 6-ivshmem-write "read back 0x600dcafe" "read back $(field 'read back')"
  [ "$RC" = 0 ] && echo "LAB-IVSHMEM-WROTE 0x600dcafe"
}

# ---------------------------------------------------------------- check 7: non-root in the guest
check_nonroot() {
  EDU=$(find_pci 0x1234 0x11e8)
  check 7-nonroot-read
  hx_nobody read "$EDU/bar0+0x00"
  why=$(echo "$OUT" | grep -o 'EACCES\|EPERM' | head -1)
  fix=$(echo "$OUT" | grep -o 'this needs root' | head -1)
  result 7-nonroot-read "exit 1, EACCES, this needs root" "exit $RC, ${why:-no errno}, ${fix:-no root hint}"

  check 7-nonroot-list
  hx_nobody list pci
  pci="exit $RC, $(echo "$OUT" | grep -c '^[0-9a-f][0-9a-f]:') functions"
  hx_nobody list iomem
  hidden=$(echo "$OUT" | grep -c 'addresses are not')
  names=$(echo "$OUT" | grep -c '^ *?*-?* ')
  result 7-nonroot-list "pci: exit 0, $(ls /sys/bus/pci/devices | wc -l) functions; iomem: exit 0, $(wc -l </proc/iomem) regions, addresses hidden note" \
    "pci: $pci; iomem: exit $RC, $names regions, $([ "$hidden" -ge 1 ] && echo 'addresses hidden note' || echo 'no note')"
}

# ---------------------------------------------------------------- check 8: snapshot (host compares)
check_snapshot() {
  check 8-snapshot
  mkdir -p /tmp/xfer
  hx snapshot /tmp/xfer/snapshot
  result 8-snapshot-taken "exit 0" "exit $RC"
  cp /tmp/guest-list-*.txt /tmp/xfer/   # what check 1 listed
  # ttyS1 is a file on the host: the files travel as base64 of a gzip'ed tar.
  (cd /tmp && tar cf - xfer | gzip -1 | base64) >/dev/ttyS1
  echo "LAB: snapshot sent on ttyS1"
}

# ---------------------------------------------------------------- check 7: driver-owned BAR
check_driver_owned() {   # ID EXPECTATION(refused|works)
  NVME=$(find_pci 0x1b36 0x0010)
  check "$1"
  modprobe nvme && echo "LAB: modprobe nvme ok"
  sleep 1
  drv=$(basename "$(readlink /sys/bus/pci/devices/0000:$NVME/driver 2>/dev/null)" 2>/dev/null)
  hx read "$NVME/bar0+0x08"
  if [ "$2" = refused ]; then
    e=$(echo "$OUT" | grep -o EINVAL | head -1)
    n=$(echo "$OUT" | grep -o 'nvme driver' | head -1)
    r=$(echo "$OUT" | grep -o 'iomem=relaxed' | head -1)
    result "$1" "driver nvme; exit 1, EINVAL, nvme driver, iomem=relaxed" \
      "driver ${drv:-none}; exit $RC, ${e:-no EINVAL}, ${n:-no driver name}, ${r:-no iomem=relaxed}"
  else
    result "$1" "driver nvme; exit 0, VS 0x00010400" "driver ${drv:-none}; exit $RC, VS $(value)"
  fi
}

# ---------------------------------------------------------------- issue 6: registers by name
# Register maps on a real kernel: names resolve to the same registers checks 2-4 read by offset.
check_named() {
  NVME=$(find_pci 0x1b36 0x0010)
  EDU=$(find_pci 0x1234 0x11e8)
  check m-nvme-vs-named
  hx read "$NVME/bar0/VS"
  result m-nvme-vs-named "0x00010400 1.4.0" "$(echo "$OUT" | head -1 | awk '{print $(NF-1), $NF}')"

  check m-nvme-cap-mqes
  # CAP.MQES is bits 15:0 of CAP (0x004018200f0107ff): 0x7ff, 2048 entries.
  hx read "$NVME/bar0/CAP.MQES"
  result m-nvme-cap-mqes "MQES 15:0 0x7ff" "$(echo "$OUT" | awk '$1 == "MQES" {print $1, $2, $3; exit}')"

  check m-edu-liveness-named
  hx write "$EDU/bar0/LIVENESS" 0x0badf00d --yes
  result m-edu-liveness-named "read back 0xf4520ff2" "read back $(field 'read back' | awk '{print $1}')"

  check m-hpet-watch-rate
  # The counter's rate must match its own period (GCAP_ID.COUNTER_CLK_PERIOD, femtoseconds).
  hx read "iomem:HPET 0/GCAP_ID.COUNTER_CLK_PERIOD"
  period=$(num "$(echo "$OUT" | awk '$1 == "COUNTER_CLK_PERIOD" {print $3; exit}')")
  hx watch "iomem:HPET 0/MAIN_COUNTER" --count 5 --interval 400 --csv
  rates=$(echo "$OUT" | awk -F, 'NR > 1 && $7 != "" {printf "%s ", $7}')
  # The median rate, so one sample delayed by a busy host does not decide.
  echo "$rates" | tr ' ' '\n' | grep . | sort -g | awk -v p="$period" '{ r[NR] = $1 }
    END { if (p <= 0 || NR < 3) exit 1; m = r[int((NR + 1) / 2)]; want = 1e15 / p
          exit (m < want * 0.75 || m > want * 1.25) }'
  verdict m-hpet-watch-rate $? "median rate 1e15/period Hz +-25% (period $period fs)" \
    "rates/s: $(echo "$rates" | awk '{for (i = 1; i <= NF; i++) printf "%.3g ", $i}')(exit $RC)"
}

# ---------------------------------------------------------------- issue 12: watch at bus speed
# `hwx watch --interval 0` on the HPET main counter (100 MHz; every emulated MMIO read takes far
# longer than its 10 ns tick): the sampler's rate on emulated MMIO, and every sample a change.
# Output to a file: 100,000 change lines would take minutes on the serial console.
check_hpet_max_rate() {
  check w-hpet-max-rate
  n=100000
  echo "\$ hwx watch 'iomem:HPET 0/MAIN_COUNTER' --interval 0 --count $n > /tmp/max-rate.txt"
  hwx watch "iomem:HPET 0/MAIN_COUNTER" --interval 0 --count $n > /tmp/max-rate.txt 2>&1; rc=$?
  head -3 /tmp/max-rate.txt | sed 's/^/  | /'; echo "  | ..."; tail -2 /tmp/max-rate.txt | sed 's/^/  | /'
  echo "  = exit $rc"
  summary=$(grep '^# ' /tmp/max-rate.txt | tail -1)
  lines=$(grep -c ' ns  iomem:HPET.*  Δ ' /tmp/max-rate.txt)   # change lines (the initial line has no Δ)
  # samples, rate, changes and dropped from "# T: N samples in S s, R samples/s, C changes, D dropped"
  set -- $(echo "$summary" | awk '{ for (i = 1; i <= NF; i++) { if ($(i+1) == "samples") s = $i; if ($(i+1) == "samples/s,") r = $i;
                                   if ($(i+1) == "changes,") c = $i; if ($(i+1) == "dropped") d = $i } } END { print s + 0, r, c + 0, d + 0 }')
  samples=$1 rate=$2 changes=$3 dropped=$4
  # every change line's Δ is positive (a counter), and the ns stamps never go back
  mono=$(awk '/ ns  iomem:HPET.*  Δ / { if ($1 < prev || $NF + 0 <= 0) bad++; prev = $1 } END { print bad + 0 }' /tmp/max-rate.txt)
  [ "$rc" = 0 ] && [ "$samples" = "$n" ] && [ "$changes" = $((n - 1)) ] && [ "$dropped" = 0 ] && [ "$lines" = $((n - 1)) ] && [ "$mono" = 0 ]
  verdict w-hpet-max-rate $? "exit 0; $n samples, $((n - 1)) changes (every sample after the first), 0 dropped, ordered stamps" \
    "exit $rc; $samples samples at $rate samples/s, $changes changes, $lines change lines, $dropped dropped, $mono out of order"
}

# ---------------------------------------------------------------- issue 5: show on the live config
# `hwx show -v` of the NVMe function: its BAR line and capability list against the guest's own
# sysfs (resource file; the capability chain walked in the raw config bytes).
check_show() {
  NVME=$(find_pci 0x1b36 0x0010)
  d=/sys/bus/pci/devices/0000:$NVME
  check s-show-nvme
  start=$(awk 'NR == 1 {print $1}' $d/resource) end=$(awk 'NR == 1 {print $2}' $d/resource)
  size=$(( ($(num "$end") - $(num "$start") + 1) / 1024 ))K
  cfgbyte() { od -An -tu1 -j "$1" -N 1 $d/config | tr -d ' '; }
  caps="" ptr=$(( $(cfgbyte 52) & 0xfc )) n=0   # 0x34: capabilities pointer
  while [ "$ptr" -ne 0 ] && [ $n -lt 48 ]; do
    caps="$caps[$(printf %x "$ptr")]"; ptr=$(( $(cfgbyte $((ptr + 1))) & 0xfc )); n=$((n + 1))
  done
  hx show "$NVME" -v
  region=$(echo "$OUT" | grep -o 'Region 0: Memory at [0-9a-f]* ([^)]*) \[size=[^]]*\]')
  seen=$(echo "$OUT" | grep -o 'Capabilities: \[[0-9a-f]*\]' | sed 's/Capabilities: //' | tr -d '\n')
  result s-show-nvme "exit 0; Region 0: Memory at ${start#0x00000000} (64-bit, non-prefetchable) [size=$size]; caps $caps" \
    "exit $RC; ${region:-no Region 0 line}; caps $seen"
}

# ---------------------------------------------------------------- issue 10: the live MSI-X table
# With the nvme driver bound, `hwx show --msix` reads the table from BAR0: every vector the
# driver uses (one line per nvme queue IRQ in /proc/interrupts) has a local-APIC address
# (0xfee...), data that is not 0 and is unmasked; every other entry is masked (Linux masks all
# entries when it enables MSI-X and masks a vector again when it frees it).
check_msix() {
  NVME=$(find_pci 0x1b36 0x0010)
  check 10-nvme-msix
  irqs=$(grep -c nvme /proc/interrupts)
  hx show "$NVME" --msix
  en=$(echo "$OUT" | head -1 | grep -o ', enabled' | tr -d ', ')
  live=$(echo "$OUT" | awk '$1 ~ /^[0-9]+$/ && $2 ~ /^0x00000000fee/ && $3 != "0x00000000" && $5 == "-" {n++} END {print n+0}')
  other=$(echo "$OUT" | awk '$1 ~ /^[0-9]+$/ && !($2 ~ /^0x00000000fee/ && $3 != "0x00000000") && $5 != "masked" {n++} END {print n+0}')
  [ "$RC" = 0 ] && [ "$en" = enabled ] && [ "$irqs" -gt 0 ] && [ "$live" = "$irqs" ] && [ "$other" = 0 ]
  verdict 10-nvme-msix $? "exit 0; enabled; live entries (0xfee address, data != 0, unmasked) = nvme IRQs > 0; others masked" \
    "exit $RC; ${en:-not enabled}; $live live entries, $irqs nvme IRQs; $other other entries unmasked"
}

# ---------------------------------------------------------------- issue 13: a config field write
# A named config field through the kernel's sysfs config file: `hwx write DEV/config/COMMAND.BusMaster`
# flips one bit (a masked read-modify-write of the 16-bit register), the kernel's config file
# then holds exactly that value, and a second field write restores the first value. edu has no
# driver here and does no DMA unless told to, so its bus-master bit is safe to toggle.
check_config_field() {
  EDU=$(find_pci 0x1234 0x11e8)
  cfg=/sys/bus/pci/devices/0000:$EDU/config
  check c-config-field-write
  before=$(num "0x$(od -An -tx2 -j4 -N2 "$cfg" | tr -d ' ')")
  hx read "$EDU/config/COMMAND"
  named=$(num "$(value)")
  bit=$(( (before >> 2) & 1 )); flip=$(( 1 - bit )); want=$(( before ^ 4 ))
  hx write "$EDU/config/COMMAND.BusMaster" $flip --yes
  wrote_rc=$RC
  readback=$(num "$(field 'read back' | awk '{print $1}')")
  after=$(num "0x$(od -An -tx2 -j4 -N2 "$cfg" | tr -d ' ')")
  hx write "$EDU/config/COMMAND.BusMaster" $bit --yes
  restored=$(num "0x$(od -An -tx2 -j4 -N2 "$cfg" | tr -d ' ')")
  result c-config-field-write \
    "$(printf 'read %04x, wrote %04x: read back %04x, sysfs %04x, restored %04x' $before $want $want $want $before) (exit 0)" \
    "$(printf 'read %04x, wrote %04x: read back %04x, sysfs %04x, restored %04x' $named $want $readback $after $restored) (exit $wrote_rc)"
}

# ---------------------------------------------------------------- boots
# The checks are split so the two lanes of boots take about the same time: plain runs in one,
# relaxed and tui in the other (tui has the same kernel settings as plain: no arguments, no
# drivers bound).
boot_plain() {
  check_lists
  check_edu
  check_config_field
  check_nvme
  check_ivshmem
  check_show
  check_nonroot
  check_snapshot
  check_driver_owned 7-nvme-driver-owned refused   # last: binds the nvme driver
}

boot_relaxed() {
  check_named   # before any driver is bound: the same state as plain
  check_hpet_max_rate
  check_driver_owned 7-nvme-relaxed works
  check_msix    # after the driver is bound: it programmed the table
}

# The TUI on the serial console; the host drives it with tmux (TERM=vt100, 100x30) and checks
# the screen. The guest only starts it and checks that it left the terminal as it found it.
boot_tui() {
  check_hpet
  check_rtc
  EDU=$(find_pci 0x1234 0x11e8)
  bar0=$(awk '{sub(/^0x0*/, ""); print $1; exit}' /sys/bus/pci/devices/0000:$EDU/resource)
  echo "LAB-TUI-EDU-BAR0 $bar0"
  echo "LAB-TUI-FUNCTIONS $(ls /sys/bus/pci/devices | wc -l)"
  stty -F /dev/ttyS0 rows 30 cols 100   # a serial line has no size: tell ncurses the pane's
  before=$(stty -F /dev/ttyS0 -g)
  echo "LAB-TUI-START"
  t0=$(cut -d' ' -f1 /proc/uptime)
  setsid cttyhack hwx; rc=$?
  after=$(stty -F /dev/ttyS0 -g)
  echo
  echo "LAB-TUI-EXIT $rc after $(awk -v a="$t0" '{printf "%.1f", $1 - a}' /proc/uptime) s"
  result 9-tui-terminal "exit 0, termios as before" "exit $rc, termios $([ "$before" = "$after" ] && echo "as before" || echo "changed: $after")"
}
