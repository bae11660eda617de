# Guest-side checks of the hwx lab (sourced by /init, busybox sh).
# hwx does every hardware access; this script only runs hwx, compares, and prints one line per
# check: RESULT|<check>|PASS or FAIL|<expected>|<seen>. The host (scripts/lab/run-lab.sh) builds
# the summary table from these lines. Each check starts with a "CHECK <id>" line, and every hwx
# command and its output are echoed, so a failing check can be read in the console log.

# result ID EXPECTED SEEN: PASS when SEEN equals EXPECTED.
result() {
  if [ "$3" = "$2" ]; then st=PASS; else st=FAIL; fi
  echo "RESULT|$1|$st|$2|$3"
}
# verdict ID PASS|FAIL EXPECTED SEEN: for checks whose comparison is not plain equality.
verdict() { echo "RESULT|$1|$2|$3|$4"; }
check() { echo "CHECK $1"; }

# hx ARGS...: run hwx, echo the command and its output; OUT holds stdout+stderr, RC the exit code.
hx() {
  echo "\$ hwx $*"
  OUT=$(hwx "$@" 2>&1); RC=$?
  [ -n "$OUT" ] && echo "$OUT" | sed 's/^/  | /'
  echo "  = exit $RC"
}

# Find a PCI function by vendor and device ID in sysfs (comparison data, not hardware access).
find_pci() {
  for d in /sys/bus/pci/devices/*; do
    if [ "$(cat $d/vendor)" = "$1" ] && [ "$(cat $d/device)" = "$2" ]; then echo "${d##*/}"; return 0; fi
  done
  return 1
}

boot_plain() {
  check 0-hwx-runs
  hx list pci
  verdict 0-hwx-runs $([ $RC = 0 ] && echo PASS || echo FAIL) "hwx list pci exits 0" "exit $RC"
}

boot_relaxed() {
  :
}

boot_tui() {
  :
}
