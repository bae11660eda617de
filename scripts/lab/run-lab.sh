#!/usr/bin/env bash
# scripts/lab/run-lab.sh - the hwx hardware lab.
#
# Boots throw-away QEMU q35 guests under TCG (software emulation; never KVM) with real emulated
# PCI devices, runs the hwx binary inside them, and checks what hwx reads and writes against what
# the devices are specified to do (QEMU's edu, NVMe, HPET, RTC, ivshmem). hwx does every access;
# the guest script (scripts/lab/guest/checks.sh) only compares and prints one RESULT line per
# check. The host adds its own checks (the ivshmem backing file, `hwx --root` on the guest's
# snapshot, the TUI on the serial console under tmux) and prints a summary table.
#
# Usage: scripts/lab/run-lab.sh [options]
#   --bin FILE      use this hwx binary (must be static; default: build one with swift build)
#   --boots LIST    run only these boots (comma-separated: plain,relaxed,tui); a partial run
#                   reports the checks of the other boots as NOT RUN and fails
#   --bios          boot the compressed kernel through SeaBIOS instead of PVH (slower)
#   --keep          keep the work directory (console logs, initramfs, snapshot)
#   -v              stream each guest's console while it runs
#   -h              this help
# Environment:
#   HWX_LAB_CACHE    where the guest kernel is cached (default /var/cache/hwx-lab when writable,
#                    else .lab-cache/ in the repo)
#   HWX_LAB_TIMEOUT  seconds one boot may take before it is killed (default 300)
# Exit: 0 all checks passed, 1 a check failed, 2 the lab could not run (no QEMU, no kernel,
#       hwx does not build); the reason is printed, never skipped silently.
set -euo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$LAB_DIR/../.." && pwd)
T_START=$EPOCHREALTIME

BIN="" BOOTS="plain,relaxed,tui" PVH=1 KEEP=0 VERBOSE=0
while [ $# -gt 0 ]; do
  case $1 in
    --bin) BIN=$(readlink -f "$2"); shift 2 ;;
    --boots) BOOTS=$2; shift 2 ;;
    --bios) PVH=0; shift ;;
    --keep) KEEP=1; shift ;;
    -v) VERBOSE=1; shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "run-lab: unknown option $1 (see -h)" >&2; exit 2 ;;
  esac
done
TMO=${HWX_LAB_TIMEOUT:-300}

say() { printf 'lab: %s\n' "$*" >&2; }
die() { printf '\nLAB ERROR: %s\n' "$1" >&2; shift; for l in "$@"; do printf '  %s\n' "$l" >&2; done; exit 2; }
# Milliseconds since $1 (an $EPOCHREALTIME value).
ms_since() { local now=${EPOCHREALTIME/./} then=${1/./}; echo $(( (now - then) / 1000 )); }
secs() { printf '%d.%01d s' $(( $1 / 1000 )) $(( ($1 % 1000) / 100 )); }
# Phases and their wall times, in a file: boots run in two parallel lanes (subshells).
timed() { printf '%-34s %s\n' "$1" "$(secs "$2")" >>"$WORK/timings"; }

# ------------------------------------------------------------------ host tools
# qemu-system-x86 (the emulator), busybox-static (the guest's userland), cpio (initramfs),
# xz-utils (unpacks the kernel for PVH boot), tmux (drives the TUI on the serial console).
static_busybox() { [ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1; }
missing_packages() {
  local m=()
  qemu-system-x86_64 --version >/dev/null 2>&1 || m+=(qemu-system-x86)
  static_busybox || m+=(busybox-static)
  command -v cpio >/dev/null || m+=(cpio)
  command -v xz >/dev/null || m+=(xz-utils)
  command -v tmux >/dev/null || m+=(tmux)
  command -v apt-get >/dev/null && { apt-cache show linux-image-amd64 >/dev/null 2>&1 || m+=(apt-lists); }
  echo "${m[@]:-}"
}
ensure_tools() {
  local m; m=$(missing_packages)
  if [ -n "$m" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing: $m"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -q >/dev/null || die "apt-get update failed" "the lab needs the Debian archive for qemu-system-x86, busybox-static and the guest kernel"
      local pk=${m//apt-lists/}
      # shellcheck disable=SC2086
      [ -z "${pk// /}" ] || apt-get install -y -q --no-install-recommends $pk >/dev/null \
        || die "apt-get install $pk failed" "install them by hand: apt-get install -y --no-install-recommends $pk"
    fi
    m=$(missing_packages)
    [ -z "$m" ] || die "cannot run the lab: missing ${m}" \
      "install as root: apt-get update && apt-get install -y --no-install-recommends qemu-system-x86 busybox-static cpio xz-utils tmux"
  fi
  # The devices the lab needs must exist in this QEMU build.
  local have dev; have=$(qemu-system-x86_64 -machine q35 -device help 2>&1 || true)
  for dev in edu nvme qemu-xhci intel-hda hda-duplex e1000e ivshmem-plain pcie-root-port virtio-net-pci; do
    grep -q "name \"$dev\"" <<<"$have" || die "this QEMU ($(qemu-system-x86_64 --version | head -1)) has no -device $dev" \
      "the lab needs Debian's qemu-system-x86 (7.2 in bookworm)"
  done
}

# ------------------------------------------------------------------ guest kernel
# Debian's generic kernel, the package that linux-image-amd64 depends on (it has CONFIG_DEVPORT;
# the -cloud flavour does not). Downloaded with apt-get download and unpacked with dpkg -x, never
# installed. Cached per package name; `.complete` marks a cache entry that is fully prepared.
pick_cache() {
  if [ -n "${HWX_LAB_CACHE:-}" ]; then echo "$HWX_LAB_CACHE"
  elif mkdir -p /var/cache/hwx-lab 2>/dev/null && [ -w /var/cache/hwx-lab ]; then echo /var/cache/hwx-lab
  else echo "$REPO/.lab-cache"; fi
}
prepare_kernel() {
  CACHE=$(pick_cache); mkdir -p "$CACHE"
  exec 9>"$CACHE/lock"; flock 9   # two lab runs on one machine share the cache
  KPKG=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
  [ -n "$KPKG" ] || die "cannot resolve the guest kernel package" \
    "apt-cache depends linux-image-amd64 names no linux-image-6.1.*-amd64 package" \
    "run apt-get update (the lab needs Debian bookworm's archive)"
  KC=$CACHE/$KPKG
  if [ ! -e "$KC/.complete" ]; then
    local t0=$EPOCHREALTIME
    rm -rf "$KC"; mkdir -p "$KC/deb"
    say "downloading $KPKG into $KC (once)"
    (cd "$KC/deb" && apt-get download "$KPKG" >"$KC/download.log" 2>&1) \
      || die "apt-get download $KPKG failed" "$(tail -3 "$KC/download.log")"
    say "unpacking with dpkg -x (not installed)"
    dpkg -x "$KC"/deb/*.deb "$KC/root" || die "dpkg -x of $KPKG failed"
    rm -rf "$KC/deb"
    KVER=$(basename "$(ls -d "$KC"/root/lib/modules/* | head -1)")
    # The .deb ships no modules.dep (depmod runs at install time): busybox depmod makes one.
    say "building modules.dep with busybox depmod (once)"
    /bin/busybox depmod -b "$KC/root" "$KVER" || die "busybox depmod failed for $KVER"
    # PVH boot takes the uncompressed ELF vmlinux: cut the xz payload out of the bzImage.
    local vmlinuz off
    vmlinuz=$(ls "$KC"/root/boot/vmlinuz-* | head -1)
    off=$( (LC_ALL=C grep -obUaP '\xfd7zXZ\x00' "$vmlinuz" || true) | head -1 | cut -d: -f1)
    [ -n "$off" ] || die "no xz payload in $vmlinuz (cannot make a PVH vmlinux)" "run with --bios"
    # (tail gets SIGPIPE when xz stops at the end of the stream: ignore its status)
    (set +o pipefail; tail -c +$((off + 1)) "$vmlinuz" | xz -dc --single-stream >"$KC/vmlinux") \
      || die "xz could not unpack the kernel in $vmlinuz" "run with --bios"
    touch "$KC/.complete"
    timed "kernel download+unpack (once)" "$(ms_since "$t0")"
  fi
  exec 9>&-
  KVER=$(basename "$(ls -d "$KC"/root/lib/modules/* | head -1)")
  MODDIR=$KC/root/lib/modules/$KVER
  if [ "$PVH" = 1 ]; then KERNEL=$KC/vmlinux; else KERNEL=$(ls "$KC"/root/boot/vmlinuz-* | head -1); fi
}

# ------------------------------------------------------------------ hwx for the guest
# Fully static (no libraries to copy into the guest): scripts/build-static.sh, the same build
# as the .deb's (scripts/package.sh), in the scratch path .build-lab, so CI compiles it once.
build_hwx() {
  if [ -n "$BIN" ]; then
    [ -x "$BIN" ] || die "--bin $BIN is not an executable file"
    ldd "$BIN" >/dev/null 2>&1 && die "--bin $BIN is dynamically linked" "the guest has no libraries: build with -static-executable"
    HWX=$BIN; return
  fi
  local t0=$EPOCHREALTIME log=$WORK/build.log
  say "building hwx for the guest (release, fully static, scratch path .build-lab)"
  if ! HWX=$("$REPO/scripts/build-static.sh" 2>"$log"); then
    tail -30 "$log" >&2
    die "scripts/build-static.sh failed to build the static guest binary (log above)"
  fi
  timed "build static hwx" "$(ms_since "$t0")"
}

# ------------------------------------------------------------------ initramfs
# Modules the guest may load (busybox modprobe reads modules.dep): nvme with its dependencies.
GUEST_MODULES="nvme"
make_initramfs() {
  local t0=$EPOCHREALTIME R=$WORK/root
  mkdir -p "$R"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,etc,lab,lib/terminfo/v,usr/share/misc}
  cp /bin/busybox "$R/bin/busybox"
  strip -o "$R/usr/bin/hwx" "$HWX" 2>/dev/null || cp "$HWX" "$R/usr/bin/hwx"
  cp "$LAB_DIR/guest/init.sh" "$R/init"
  cp "$LAB_DIR/guest/checks.sh" "$R/lab/checks.sh"
  chmod +x "$R/init"
  # ncurses needs the terminal's terminfo entry even when linked statically.
  local ti=""
  for ti in /lib/terminfo/v/vt100 /usr/share/terminfo/v/vt100 ""; do [ -f "$ti" ] && break; done
  [ -n "$ti" ] || die "no vt100 terminfo on the host" "apt-get install -y ncurses-base"
  cp "$ti" "$R/lib/terminfo/v/vt100"
  # Names: the same pci.ids as the host, so guest and host (snapshot check) print the same names.
  for ids in /usr/share/misc/pci.ids /usr/share/hwdata/pci.ids; do
    [ -f "$ids" ] && { mkdir -p "$R$(dirname "$ids")"; cp "$ids" "$R$ids"; }
  done
  printf 'root:x:0:0:root:/tmp:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n' >"$R/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$R/etc/group"
  local md=$R/lib/modules/$KVER m line f
  mkdir -p "$md"
  for m in $GUEST_MODULES; do
    line=$(grep -E "(^|/)$m\.ko(\.[a-z]+)?:" "$MODDIR/modules.dep" | head -1) \
      || die "module $m not in $MODDIR/modules.dep"
    echo "$line" >>"$md/modules.dep"
    for f in ${line%%:*} ${line#*:}; do
      mkdir -p "$md/$(dirname "$f")"; cp "$MODDIR/$f" "$md/$f"
      grep -E "^$f:" "$MODDIR/modules.dep" >>"$md/modules.dep" || true
    done
  done
  sort -u -o "$md/modules.dep" "$md/modules.dep"
  # Uncompressed: the kernel copies it instead of inflating it under TCG.
  (cd "$R" && find . | cpio -o -H newc --quiet) >"$WORK/initramfs.cpio"
  timed "initramfs ($(du -h "$WORK/initramfs.cpio" | cut -f1))" "$(ms_since "$t0")"
}

# ------------------------------------------------------------------ boots
# q35 with the device set of issue 4: edu, NVMe, xHCI, HDA, e1000e, ivshmem-plain backed by a
# host file, and a PCIe root port with virtio-net behind it (bus 01). `romfile=` skips iPXE ROMs;
# `-nic none` stops QEMU adding its default NIC. ttyS1 (a host file) carries files back.
# A fresh marker per run, so a stale backing file cannot pass; the guest learns it from the
# kernel command line (hwxlab.marker=).
IVSHMEM_MARKER="HWXLAB-$$-$RANDOM"
qemu_command() {   # boot-name kernel-args
  local name=$1 kargs=$2
  QEMU=(qemu-system-x86_64 -machine q35 -accel tcg -cpu max -m 512M -smp 2
    -no-reboot -nic none
    -kernel "$KERNEL" -initrd "$WORK/initramfs.cpio"
    -append "console=ttyS0 panic=-1 rdinit=/init quiet hwxlab.mode=$name hwxlab.marker=$IVSHMEM_MARKER $kargs"
    -device edu
    -device nvme,serial=deadbeef
    -device qemu-xhci
    -audiodev none,id=snd0 -device intel-hda -device hda-duplex,audiodev=snd0
    -netdev hubport,id=n0,hubid=0 -device e1000e,netdev=n0,romfile=
    -object "memory-backend-file,id=shm0,share=on,mem-path=$WORK/$name.ivshmem,size=1M"
    -device ivshmem-plain,memdev=shm0
    -device pcie-root-port,id=rp1,chassis=1,slot=1
    -netdev hubport,id=n1,hubid=1 -device virtio-net-pci,netdev=n1,bus=rp1,romfile=)
}
prepare_ivshmem() {
  truncate -s 1M "$WORK/$1.ivshmem"
  printf '%s' "$IVSHMEM_MARKER" | dd of="$WORK/$1.ivshmem" conv=notrunc status=none
}

# A batch boot: the guest runs its checks, prints RESULT lines, sends files on ttyS1, powers off.
boot_batch() {   # boot-name kernel-args
  local name=$1 t0=$EPOCHREALTIME rc=0
  prepare_ivshmem "$name"
  qemu_command "$name" "$2"
  QEMU+=(-nographic -serial mon:stdio -serial "file:$WORK/$name.ttyS1")
  printf "%q " "${QEMU[@]}" >"$WORK/$name.qemu-command"
  say "boot $name: ${QEMU[*]:0:8} ... (timeout ${TMO}s)"
  set +e
  if [ "$VERBOSE" = 1 ]; then
    timeout "$TMO" "${QEMU[@]}" </dev/null 2>&1 | tr -d '\r' | tee "$WORK/$name.console"
    rc=${PIPESTATUS[0]}
  else
    timeout "$TMO" "${QEMU[@]}" </dev/null 2>&1 | tr -d '\r' >"$WORK/$name.console"
    rc=${PIPESTATUS[0]}
  fi
  set -e
  local ms; ms=$(ms_since "$t0")
  timed "boot $name (qemu exit $rc)" "$ms"
  grep '^RESULT|' "$WORK/$name.console" >>"$WORK/results" || true
  if ! grep -q "^LAB-DONE $name" "$WORK/$name.console"; then
    local why="qemu exit $rc"; [ "$rc" = 124 ] && why="killed by timeout after ${TMO}s"
    echo "RESULT|boot-$name|FAIL|guest reaches LAB-DONE|$why; last line: $(grep -v '^$' "$WORK/$name.console" | tail -1 | cut -c1-80)" >>"$WORK/results"
  fi
  if [ -s "$WORK/$name.ttyS1" ]; then
    mkdir -p "$WORK/$name.files"
    tr -d '\r' <"$WORK/$name.ttyS1" | base64 -d 2>/dev/null | tar xzf - -C "$WORK/$name.files" 2>/dev/null \
      || say "boot $name: could not unpack the files sent on ttyS1 ($(wc -c <"$WORK/$name.ttyS1") bytes)"
  fi
}

# The TUI boot: QEMU's serial console is a tmux pane (100x30) on a private tmux server; the
# host types keys into it and reads the screen back. The guest runs `hwx` (TERM=vt100).
TMUX_SOCKET=hwxlab-$$
tmx() { TERM=${TERM:-vt100} tmux -L "$TMUX_SOCKET" "$@"; }
pane() { tmx capture-pane -t lab -p 2>/dev/null || true; }
# wait_for WHAT PATTERN SECONDS: until the pane (or the console log, WHAT=log) shows PATTERN.
wait_for() {
  local i=0 n=$(( $3 * 4 )) text
  while [ $i -lt $n ]; do
    if [ "$1" = log ]; then text=$(tr -d '\r' 2>/dev/null <"$WORK/tui.console" || true); else text=$(pane); fi
    [[ $text == *"$2"* ]] && return 0
    [ -e "$WORK/tui.qemu-rc" ] && [ "$1" = pane ] && return 1
    sleep 0.25; i=$((i + 1))
  done
  return 1
}
boot_tui() {
  local t0=$EPOCHREALTIME rc bar0 shot
  prepare_ivshmem tui
  qemu_command tui ""
  QEMU+=(-display none -monitor none -chardev "stdio,id=con0,signal=off,logfile=$WORK/tui.console" -serial chardev:con0)
  printf '%q ' "${QEMU[@]}" >"$WORK/tui.qemu-command"
  say "boot tui: QEMU on a tmux pane 100x30 (timeout ${TMO}s)"
  tmx new-session -d -s lab -x 100 -y 30 \
    "timeout --foreground $TMO $(cat "$WORK/tui.qemu-command"); echo \$? >'$WORK/tui.qemu-rc'; sleep 1"
  if wait_for log LAB-TUI-START "$TMO"; then
    bar0=$(tr -d '\r' <"$WORK/tui.console" | sed -n 's/^LAB-TUI-EDU-BAR0 //p' | head -1)
    local nfun; nfun=$(tr -d '\r' <"$WORK/tui.console" | sed -n 's/^LAB-TUI-FUNCTIONS //p' | head -1)
    # 1: the tree, with the PCI section expanded and edu's row.
    if wait_for pane "PCI  ($nfun functions)" 120 && wait_for pane '00:02.0 Unclassified device' 5; then
      host_result 9-tui-tree PASS "PCI ($nfun functions), 00:02.0 row" "PCI ($nfun functions), 00:02.0 row"
    else
      host_result 9-tui-tree FAIL "PCI ($nfun functions), 00:02.0 row" "$(pane | grep -m1 -E 'PCI|rror' | cut -c1-60)"
    fi
    pane >"$WORK/tui-1-tree.txt"
    # 2: search for edu's BAR0 row, open it: the live hex view shows the ID register.
    tmx send-keys -t lab /
    wait_for pane 'search:' 20 || true
    tmx send-keys -t lab -l "BAR0  $bar0"; tmx send-keys -t lab Enter
    sleep 2; tmx send-keys -t lab Enter
    if wait_for pane '00:02.0 BAR0' 60 && wait_for pane '00000000  010000ed' 30; then
      host_result 9-tui-hexview PASS "00:02.0 BAR0 hex view, +0 = 010000ed" "$(pane | grep -m1 -o '00:02.0 BAR0[^─-]*' | sed 's/ *$//'), +0 = 010000ed"
    else
      host_result 9-tui-hexview FAIL "00:02.0 BAR0 hex view, +0 = 010000ed" "$(pane | grep -m1 -E 'BAR0|00000000|rror' | cut -c1-60)"
    fi
    pane >"$WORK/tui-2-hexview.txt"
    # 3: quit with Q; the guest reports hwx's exit code and compares the terminal settings.
    tmx send-keys -t lab Q
    if wait_for log 'LAB-TUI-EXIT' 60; then
      host_result 9-tui-quit PASS "hwx exits after Q" "$(tr -d '\r' <"$WORK/tui.console" | grep -m1 -o 'LAB-TUI-EXIT.*')"
    else
      host_result 9-tui-quit FAIL "hwx exits after Q" "no exit within 60 s"
    fi
    pane >"$WORK/tui-3-quit.txt"
  fi
  local i=0; while [ ! -e "$WORK/tui.qemu-rc" ] && [ $i -lt $(( TMO * 4 )) ]; do sleep 0.25; i=$((i + 1)); done
  rc=$(cat "$WORK/tui.qemu-rc" 2>/dev/null || echo "?")
  tmx kill-server 2>/dev/null || true
  timed "boot tui (qemu exit $rc)" "$(ms_since "$t0")"
  tr -d '\r' <"$WORK/tui.console" | grep -a '^RESULT|' >>"$WORK/results" || true
  if ! tr -d '\r' <"$WORK/tui.console" | grep -aq '^LAB-DONE tui'; then
    echo "RESULT|boot-tui|FAIL|guest reaches LAB-DONE|qemu exit $rc" >>"$WORK/results"
  fi
}

host_result() { echo "RESULT|$1|$2|$3|$4" >>"$WORK/results"; }

# Check 6 (host half): what the guest wrote through BAR2 with `hwx write` is in the backing file.
check_ivshmem_host() {
  local f=$WORK/plain.ivshmem want got
  want=$(sed -n 's/^LAB-IVSHMEM-WROTE //p' "$WORK/plain.console" | tail -1)
  got=$(od -An -tx4 -j $((0x1000)) -N 4 "$f" 2>/dev/null | tr -d ' ')
  if [ -n "$want" ] && [ "0x$got" = "$want" ]; then
    host_result 6-ivshmem-host-sees PASS "file+0x1000 = $want" "0x$got"
  else
    host_result 6-ivshmem-host-sees FAIL "file+0x1000 = ${want:-(guest wrote nothing)}" "0x${got:-?}"
  fi
}

# Check 8 (host half): `hwx --root SNAPSHOT list ...` on the host prints what the guest printed.
check_snapshot_host() {
  local d=$WORK/plain.files/xfer what
  for what in pci iomem ioports; do
    local id=8-snapshot-$what
    if [ ! -d "$d/snapshot" ]; then
      host_result "$id" FAIL "host lists the guest's $what" "no snapshot came back on ttyS1"; continue
    fi
    local args=(list "$what"); [ "$what" = pci ] && args+=(--tree)
    "$HWX" "${args[@]}" --root "$d/snapshot" >"$WORK/host-list-$what.txt" 2>&1 || true
    if [ -s "$d/guest-list-$what.txt" ] && cmp -s "$d/guest-list-$what.txt" "$WORK/host-list-$what.txt"; then
      host_result "$id" PASS "identical to guest (hwx ${args[*]})" "$(wc -l <"$WORK/host-list-$what.txt") lines identical"
    else
      local first; first=$(diff "$d/guest-list-$what.txt" "$WORK/host-list-$what.txt" 2>&1 | grep "^[<>]" | head -1 | cut -c1-60 || true)
      host_result "$id" FAIL "identical to guest (hwx ${args[*]})" "differs: ${first:-guest output missing}"
    fi
  done
}

# ------------------------------------------------------------------ summary
# Every check the lab promises, in order, with the boot that runs it. A check without a RESULT
# line is a failure ("no result"), so a guest that dies early cannot pass silently.
CHECKS=(
  "plain 1-list-pci" "plain 1-pci-tree" "plain 1-list-iomem" "plain 1-list-ioports"
  "plain 2-edu-id" "plain 2-edu-liveness" "plain 2-edu-factorial"
  "plain 3-nvme-cap" "plain 3-nvme-vs" "plain 3-nvme-misaligned"
  "tui 4-hpet-counter"
  "tui 5-rtc-seconds"
  "plain 6-ivshmem-read" "plain 6-ivshmem-write" "plain 6-ivshmem-host-sees"
  "plain 7-nonroot-read" "plain 7-nonroot-list" "plain 7-nvme-driver-owned" "relaxed 7-nvme-relaxed"
  "plain 8-snapshot-taken" "plain 8-snapshot-pci" "plain 8-snapshot-iomem" "plain 8-snapshot-ioports"
  "tui 9-tui-tree" "tui 9-tui-hexview" "tui 9-tui-quit" "tui 9-tui-terminal"
  # Issue 5 (config decoding) and issue 6 (register maps) on the real kernel.
  "plain s-show-nvme"
  "relaxed m-nvme-vs-named" "relaxed m-nvme-cap-mqes" "relaxed m-edu-liveness-named" "relaxed m-hpet-watch-rate"
  # Issue 12: hwx watch --interval 0 at the speed of emulated MMIO.
  "relaxed w-hpet-max-rate"
  # Issue 10: the live MSI-X table with the nvme driver bound.
  "relaxed 10-nvme-msix"
  # Issue 13: a named config field written through the kernel's config file, and restored.
  "plain c-config-field-write"
)
print_summary() {
  local fails=0 notrun=0 rows=("${CHECKS[@]}") line id boot st exp seen r
  # Lines the list does not name (a boot that never finished, a check added to the guest only).
  while IFS='|' read -r _ id _; do
    grep -qx "[a-z]* $id" <<<"$(printf '%s\n' "${CHECKS[@]}")" || rows+=("${id#boot-} $id")
  done < <(cut -d'|' -f1-2 "$WORK/results" | sort -u)
  printf '\n%-24s %-7s %-44s %-52s %s\n' CHECK BOOT EXPECTED SEEN RESULT
  printf '%.0s-' {1..136}; echo
  for line in "${rows[@]}"; do
    boot=${line%% *} id=${line#* }
    r=$(grep -F "RESULT|$id|" "$WORK/results" | tail -1 || true)
    if [ -n "$r" ]; then
      IFS='|' read -r _ _ st exp seen <<<"$r"
    elif [[ ",$BOOTS," != *",$boot,"* ]]; then st="NOT RUN" exp="" seen="boot $boot not selected (--boots)"
    else st=FAIL exp="" seen="no result line from the guest"; fi
    case $st in PASS) ;; "NOT RUN") notrun=$((notrun + 1)) ;; *) fails=$((fails + 1)) ;; esac
    printf '%-24s %-7s %-44.44s %-52.52s %s\n' "$id" "$boot" "$exp" "$seen" "$st"
  done
  printf '%.0s-' {1..136}; echo
  # Each failed check in full, with what the guest printed for it.
  for line in "${rows[@]}"; do
    boot=${line%% *} id=${line#* }
    r=$(grep -F "RESULT|$id|" "$WORK/results" | tail -1 || true)
    [[ $r == *"|PASS|"* ]] || [[ ",$BOOTS," != *",$boot,"* ]] && continue
    echo "FAILED $id (boot $boot)"
    [ -z "$r" ] || { IFS='|' read -r _ _ st exp seen <<<"$r"; echo "  expected: $exp"; echo "  seen:     $seen"; }
    [ -f "$WORK/$boot.console" ] && tr -d '\r' <"$WORK/$boot.console" \
      | sed -n "/^CHECK $id\$/,/^RESULT|$id|/p" | head -60 | sed 's/^/  guest: /'
  done
  cat "$WORK/timings"
  printf '%-34s %s\n' "TOTAL lab time" "$(secs "$(ms_since "$T_START")")"
  if [ "$fails$notrun" = 00 ]; then echo "LAB: all ${#rows[@]} checks passed"
  else echo "LAB: $((${#rows[@]} - fails - notrun)) passed, $fails failed, $notrun not run (guest consoles: $WORK/*.console)"; fi
  [ "$fails$notrun" = 00 ]
}

# ------------------------------------------------------------------ main
ensure_tools
WORK=$(mktemp -d /tmp/hwx-lab.XXXXXX)
cleanup() {
  [ -z "${LANE_A:-}" ] || kill "$LANE_A" "$LANE_B" 2>/dev/null || true
  tmx kill-server 2>/dev/null || true
  if [ "$KEEP" = 1 ] || [ "${LAB_FAILED:-0}" = 1 ]; then say "work directory kept: $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
: >"$WORK/results"; : >"$WORK/timings"
prepare_kernel
build_hwx
make_initramfs
# Two lanes in parallel (2 cores): the long plain boot, and the relaxed + TUI boots.
lane_plain() { [[ ",$BOOTS," != *",plain,"* ]] || { boot_batch plain ""; check_ivshmem_host; check_snapshot_host; }; }
lane_other() {
  [[ ",$BOOTS," != *",relaxed,"* ]] || boot_batch relaxed "iomem=relaxed"
  [[ ",$BOOTS," != *",tui,"* ]] || boot_tui
}
t=$EPOCHREALTIME
lane_plain & LANE_A=$!
lane_other & LANE_B=$!
wait $LANE_A || true; wait $LANE_B || true
timed "boots (two lanes in parallel)" "$(ms_since "$t")"
if print_summary; then exit 0; else LAB_FAILED=1; exit 1; fi
