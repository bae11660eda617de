#!/usr/bin/env bash
# Runs hwx's libFuzzer targets (Fuzz/, README "Fuzzing").
#
# usage: scripts/fuzz.sh TARGET SECONDS     one target for SECONDS seconds
#        scripts/fuzz.sh all SECONDS        every target, SECONDS each, one after the other
#        scripts/fuzz.sh list               the target names
# env:   FUZZ_RUNS=N      also stop a target after N executions (whichever comes first)
#        FUZZ_JOBS=2      with `all`: run this many targets at a time (each uses one core)
#        FUZZ_TIMEOUT=S   per-input time limit, a hang past it is a finding (default 10)
#        FUZZ_RSS_MB=MB   memory limit, going past it is a finding (default 2048)
#
# Builds Fuzz/ with `swift build -c debug --sanitize fuzzer` in its own scratch path
# (.build-fuzz, so the main .build is untouched). Debug on purpose: coverage guidance works
# there (fuzzing.md in the shared research notes: release folds the comparisons away).
# Each target's corpus starts from Tests/Fixtures (and the shipped maps) and grows in
# .build-fuzz/corpus/TARGET. A crash, hang or memory blowup stops the target, leaves the
# input in .build-fuzz/findings/TARGET/ and makes the script exit 1; replay one with
#   HWX_FUZZ_TARGET=TARGET .build-fuzz/debug/hwx-fuzz FILE
# then commit it under Tests/Fixtures/fuzz/TARGET/ (FuzzRegressionTests runs every file there).
# Prints one summary line per target: executions, coverage (cov: edges, ft: features), findings.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
targets=(iomem ioports lspci config pci-ids resource map-yaml svd target)
scratch=$repo/.build-fuzz
fixtures=$repo/Tests/Fixtures

usage() { echo "usage: scripts/fuzz.sh TARGET|all SECONDS   (targets: ${targets[*]})" >&2; exit 2; }
[ "${1:-}" = list ] && { printf '%s\n' "${targets[@]}"; exit 0; }
[ $# -eq 2 ] || usage
which=$1 seconds=$2
[[ $seconds =~ ^[0-9]+$ ]] || usage
if [ "$which" != all ] && ! printf '%s\n' "${targets[@]}" | grep -qx -- "$which"; then usage; fi

max_len() {  # bytes a sensible input can need
  case $1 in
    config) echo 4096 ;;
    target) echo 256 ;;
    resource) echo 2048 ;;
    pci-ids) echo 65536 ;;
    *) echo 16384 ;;   # iomem, ioports, a few lspci functions, a map file, an SVD file
  esac
}

# Seeds: real inputs of each kind from the fixtures, so the fuzzer starts from valid files.
seed() {  # TARGET DIR
  local t=$1 dir=$2 n=0 f
  mkdir -p "$dir"
  copy() { cp "$1" "$dir/seed-$n"; n=$((n + 1)); }
  case $t in
    iomem | ioports)
      for f in "$fixtures"/*/proc/"$t"; do copy "$f"; done ;;
    lspci)
      # One seed per function block (blank-line separated), plus the small whole dump.
      for f in "$fixtures"/dumps/*.lspci; do
        awk -v out="$dir/seed-block-$(basename "$f")-" 'BEGIN { RS = ""; ORS = "\n\n" } { print > (out NR) }' "$f"
      done
      copy "$fixtures/dumps/q35-nonroot.lspci" ;;
    config)
      while IFS= read -r f; do copy "$f"; done < <(find "$fixtures" -path '*/sys/devices/*' -name config -type f | sort) ;;
    pci-ids)
      copy "$fixtures/pci.ids.subset" ;;
    resource)
      while IFS= read -r f; do copy "$f"; done < <(find "$fixtures" -path '*/sys/devices/*' -name resource -type f | sort) ;;
    map-yaml)
      for f in "$repo"/Resources/RegisterMaps/*.yaml; do copy "$f"; done
      for f in "$fixtures"/fuzz/map-yaml/*; do [ -f "$f" ] && copy "$f"; done ;;
    svd)
      for f in "$fixtures"/svd/*.svd; do copy "$f"; done ;;
    target)
      # Tests/Fixtures/targets.txt: one target a line.
      while IFS= read -r line; do printf '%s' "$line" > "$dir/seed-$n"; n=$((n + 1)); done < "$fixtures/targets.txt" ;;
  esac
  # Earlier findings of this target seed it too (they must no longer crash).
  for f in "$fixtures/fuzz/$t"/*; do [ -f "$f" ] && cp "$f" "$dir/regression-$(basename "$f")"; done
  return 0
}

echo "building Fuzz/ (debug, --sanitize fuzzer) in .build-fuzz ..." >&2
# The build plan in .build-fuzz does not notice source files added to the main package
# (a stale plan fails with "cannot find type"); planning again is cheap next to fuzzing.
rm -f "$scratch/debug.yaml"
swift build --package-path Fuzz --scratch-path "$scratch" -c debug --sanitize fuzzer >&2
binary=$scratch/debug/hwx-fuzz

run_one() {  # TARGET → summary line on stdout; returns 1 on a finding
  local t=$1 corpus=$scratch/corpus/$1 findings=$scratch/findings/$1 log=$scratch/logs/$1.log
  mkdir -p "$corpus" "$findings" "$scratch/logs"
  seed "$t" "$scratch/seeds/$t"
  local dict=() runs=() status=0
  [ -f "$repo/Fuzz/dicts/$t.dict" ] && dict=(-dict="$repo/Fuzz/dicts/$t.dict")
  [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
  # SWIFT_BACKTRACE=enable=no: Swift's backtracer would catch the trap before libFuzzer
  # can write the input that caused it.
  SWIFT_BACKTRACE=enable=no HWX_FUZZ_TARGET=$t "$binary" "$corpus" "$scratch/seeds/$t" \
    -max_total_time="$seconds" "${runs[@]}" -max_len="$(max_len "$t")" \
    -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -workers=1 \
    -artifact_prefix="$findings/" -print_final_stats=1 "${dict[@]}" >"$log" 2>&1 || status=$?
  local execs cov ft found
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  found=$(find "$findings" -type f -newer "$log.start" 2>/dev/null | wc -l)
  printf '%-9s %10s execs  cov %5s  ft %6s  findings %s  (%s s, %s)\n' \
    "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$found" "$seconds" "$(date -u +%Y-%m-%d)"
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    echo "  $t: finding(s) in $findings (log $log); replay: HWX_FUZZ_TARGET=$t $binary FILE" >&2
    grep -E '^==[0-9]+==|ERROR|Fatal error|deadly signal|timeout|out-of-memory' "$log" | head -5 | sed 's/^/  /' >&2
    return 1
  fi
}
export -f run_one seed max_len
export scratch fixtures repo binary seconds

start_marks() { for t in "$@"; do mkdir -p "$scratch/logs"; touch "$scratch/logs/$t.log.start"; done; }

if [ "$which" = all ]; then
  start_marks "${targets[@]}"
  printf '%s\n' "${targets[@]}" | xargs -P "${FUZZ_JOBS:-1}" -I{} bash -c 'run_one "$1"' _ {}
else
  start_marks "$which"
  run_one "$which"
fi
