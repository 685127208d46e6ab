#!/usr/bin/env bash
# clang-format over every C++ source of the project (.clang-format at the top).
#   scripts/format.sh           rewrite the files in place
#   scripts/format.sh --check   change nothing; fail and name the files that would change
# The version is Debian 12's clang-format 14 (scripts/deps.sh installs it): another major
# version formats some constructs differently, so the check is only meaningful with this one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Tracked and new (not ignored) files; a file deleted in the work tree is skipped.
mapfile -t listed < <(git ls-files --cached --others --exclude-standard -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h')
files=()
for f in "${listed[@]}"; do [[ -f $f ]] && files+=("$f"); done
if [[ ${1:-} == --check ]]; then
  if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/clang-format-check.$$; then
    grep -o '^[^: ]*\.\(cpp\|h\):[0-9]' /tmp/clang-format-check.$$ | sed 's/:[0-9]$//' | sort -u | sed 's/^/  not formatted: /' >&2
    rm -f /tmp/clang-format-check.$$
    echo "format.sh: run scripts/format.sh to format these files" >&2
    exit 1
  fi
  rm -f /tmp/clang-format-check.$$
else
  clang-format -i "${files[@]}"
fi
