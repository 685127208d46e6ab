#!/usr/bin/env bash
# clang-tidy (the checks in .clang-tidy) over every source of src/ with the build's compile
# commands; fails on any finding. As long as a build, so not part of scripts/test.sh:
#   scripts/tidy.sh            all of src/
#   scripts/tidy.sh FILE…      only these
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
command -v run-clang-tidy >/dev/null || command -v run-clang-tidy-14 >/dev/null || {
  echo "tidy.sh: run-clang-tidy missing (apt-get install clang-tidy)" >&2; exit 2; }
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14)
[[ -f $build/compile_commands.json ]] || { echo "tidy.sh: build first ($build/compile_commands.json)" >&2; exit 2; }
cd "$root"
if [[ $# -gt 0 ]]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files -- 'src/*.cpp')
fi
# Qt's moc output is generated code; only our sources are checked.
"$runner" -p "$build" -quiet -j "$(nproc)" "${files[@]/#/$root/}"
