#!/usr/bin/env bash
# README: the long fuzz run (issue 10). Builds the fuzz targets with clang's libFuzzer, every
# library instrumented and checked by AddressSanitizer and UBSan (build-fuzz/), and runs each
# target for FUZZ_SECONDS (default 600) on a copy of its corpus. A crash or a broken property
# stops the target; the input that did it is copied to tests/fuzz/regressions/TARGET/ so the
# test suite replays it from then on (commit it with the fix).
#   FUZZ_SECONDS   seconds per target (default 600)
#   FUZZ_TARGETS   which targets (default: fuzz_validators fuzz_import_csv fuzz_import_xlsx)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-600}
targets=(${FUZZ_TARGETS:-fuzz_validators fuzz_import_csv fuzz_import_xlsx})

"$root/scripts/deps.sh"
# clang and its libFuzzer runtime are not needed by the product, only here.
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  as_root=(); [[ $(id -u) -ne 0 ]] && as_root=(sudo)
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq clang libclang-rt-dev >/dev/null
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCRM_FUZZ=ON -DCRM_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j2 --target "${targets[@]}"

status=0
for t in "${targets[@]}"; do
  work=$(mktemp -d /tmp/dealercrm-fuzz.XXXXXX)
  cp -r "$root/tests/fuzz/corpus/$t/." "$work/"
  # Regressions join the corpus under another name, so only new findings match crash-* below.
  for r in "$root/tests/fuzz/regressions/$t"/*; do
    if [[ -f $r ]]; then cp "$r" "$work/regression-$(basename "$r")"; fi
  done
  echo "== $t: ${seconds} s"
  if ! (cd "$work" && QT_QPA_PLATFORM=offscreen "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=20 \
          -rss_limit_mb=4096 -print_final_stats=1 "$work" 2>&1 | tail -n 30); then
    status=1
  fi
  for found in "$work"/crash-* "$work"/timeout-* "$work"/oom-*; do
    [[ -e $found ]] || continue
    mkdir -p "$root/tests/fuzz/regressions/$t"
    cp "$found" "$root/tests/fuzz/regressions/$t/"
    echo "$t: $(basename "$found") saved to tests/fuzz/regressions/$t/"
    status=1
  done
  rm -rf "$work"
done
exit $status
