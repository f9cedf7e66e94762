#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates what the package installs for the desktop: the .desktop file (desktop-file-validate, warnings count as
# failures), the AppStream metadata (appstreamcli, offline), and that both name files that exist.
#   usage: check-packaging.sh SOURCE_DIR
set -euo pipefail
root=${1:?"usage: check-packaging.sh SOURCE_DIR"}
cd "$root"
id=org.zabota.Zabota
desktop=packaging/$id.desktop
metainfo=packaging/$id.metainfo.xml
status=0
fail() {
    echo "check-packaging: $*" >&2
    status=1
}

for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || {
        echo "check-packaging: $tool is not installed (bash packaging/build.sh deps installs it)" >&2
        exit 1
    }
done
for file in "$desktop" "$metainfo"; do
    [[ -f $file ]] || {
        echo "check-packaging: $file is missing" >&2
        exit 1
    }
done

if ! report=$(desktop-file-validate "$desktop" 2>&1) || grep -q 'error\|warning' <<<"$report"; then
    printf '%s\n' "$report" >&2
    fail "$desktop does not pass desktop-file-validate"
fi

if ! report=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    printf '%s\n' "$report" >&2
    fail "$metainfo does not pass appstreamcli validate"
fi

grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo does not launch $id.desktop"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -f resources/icons/$icon.svg ]] || fail "the icon '$icon' of $desktop is not resources/icons/$icon.svg"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[[ ${exec_line%% *} == zabota ]] || fail "$desktop starts '$exec_line', not the zabota executable"

((status == 0)) && echo "check-packaging: $desktop and $metainfo are valid"
exit "$status"
