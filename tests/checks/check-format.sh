#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of app/, core/, ui/ or tests/ is not formatted as the repository's .clang-format says.
#   usage: check-format.sh SOURCE_DIR        (fix with: clang-format -i FILE...)
set -euo pipefail
root=${1:?"usage: check-format.sh SOURCE_DIR"}
cd "$root"
command -v clang-format >/dev/null || {
    echo "check-format: clang-format is not installed (bash packaging/build.sh deps installs it)" >&2
    exit 1
}
[[ -f .clang-format ]] || {
    echo "check-format: $root/.clang-format is missing" >&2
    exit 1
}

mapfile -d '' files < <(find app core ui tests -type f \( -name '*.cpp' -o -name '*.h' \) -print0 2>/dev/null | sort -z)
if ((${#files[@]} == 0)); then
    echo "check-format: no C++ files found under app core ui tests" >&2
    exit 1
fi

if report=$(clang-format --style=file --dry-run -Werror "${files[@]}" 2>&1); then
    echo "check-format: ${#files[@]} files formatted as .clang-format says"
    exit 0
fi
mapfile -t bad < <(sed -n 's/^\(.*\):[0-9]*:[0-9]*: \(error\|warning\): .*/\1/p' <<<"$report" | sort -u)
if ((${#bad[@]} == 0)); then
    printf '%s\n' "$report" >&2
    echo "check-format: clang-format failed" >&2
    exit 1
fi
echo "check-format: ${#bad[@]} of ${#files[@]} files are not formatted as .clang-format says:" >&2
for file in "${bad[@]}"; do
    echo "  $file" >&2
    grep -F -A2 -m2 "$file:" <<<"$report" | sed 's/^/      /' >&2 || true
done
echo "fix with: clang-format -i ${bad[*]}" >&2
exit 1
