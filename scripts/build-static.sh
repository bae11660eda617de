#!/usr/bin/env bash
# scripts/build-static.sh - builds the fully static release hwx: the QEMU lab's guest binary
# (scripts/lab/run-lab.sh) and the .deb's /usr/bin/hwx (scripts/package.sh) are this one build.
#
# Usage: scripts/build-static.sh
#   Builds into the scratch path .build-lab (so the lab and the package share one build, and
#   CI compiles it once), sends the build log to stderr, and prints the binary's path on stdout.
#
# Fully static (no libraries in the lab's guest, none needed by the .deb): --static-swift-stdlib
# and -static-executable; -ltinfo because the static libncursesw needs it (lab README:
# "undefined reference to 'TABSIZE'" without it). libyaml is linked from Debian's libyaml.a.
# No target imports Foundation (FoundationImportTests): a static Foundation carries ICU and its
# 34 MB data table (README "Install": what the binary costs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# (SwiftPM already dead-strips release links: -Xlinker --gc-sections changed nothing, measured.)
FLAGS=(-c release --static-swift-stdlib -Xswiftc -static-executable -Xlinker -ltinfo --scratch-path .build-lab)
swift build "${FLAGS[@]}" --product hwx >&2
echo "$(swift build "${FLAGS[@]}" --show-bin-path)/hwx"
