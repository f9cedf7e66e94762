#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when translations/zabota_ru.ts is stale (its messages differ from the strings lupdate finds in app/, core/ and
# ui/) or incomplete (a message is untranslated or marked unfinished). The committed file is never touched: lupdate
# runs on a copy.
#   usage: check-translations.sh SOURCE_DIR [LUPDATE_OPTION...]
#   (the options come from translations/CMakeLists.txt; the defaults below are the same)
# Fix a stale file with `cmake --build build --target update_translations`, then translate in Qt Linguist
# (/usr/lib/qt6/bin/linguist) or an editor: every <translation> filled in and without type="unfinished".
set -euo pipefail
root=${1:?"usage: check-translations.sh SOURCE_DIR [LUPDATE_OPTION...]"}
shift
options=("$@")
((${#options[@]} > 0)) || options=(-locations none -no-obsolete)

qtbin=/usr/lib/qt6/bin
for tool in lupdate lconvert; do
    [[ -x $qtbin/$tool ]] || {
        echo "check-translations: $qtbin/$tool is missing (bash packaging/build.sh deps installs qt6-l10n-tools)" >&2
        exit 1
    }
done
committed=translations/zabota_ru.ts
cd "$root"
[[ -f $committed ]] || {
    echo "check-translations: $root/$committed is missing" >&2
    exit 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$committed" "$tmp/zabota_ru.ts"
if ! "$qtbin/lupdate" -silent "${options[@]}" -I . app core ui -ts "$tmp/zabota_ru.ts" >"$tmp/lupdate.log" 2>&1; then
    cat "$tmp/lupdate.log" >&2
    echo "check-translations: lupdate failed" >&2
    exit 1
fi
# lupdate's warnings (a tr() it cannot read, for example) are worth seeing even when the check passes.
grep -i 'warning\|error' "$tmp/lupdate.log" >&2 || true

# One line per message: "context | source" (plus the disambiguation, a plural mark, and "(obsolete)" for messages a
# .ts keeps from strings that are gone). Translations, locations and comments for translators are left out.
messages() { # TS_FILE [LCONVERT_OPTION...]
    local file=$1
    shift
    "$qtbin/lconvert" "$@" -i "$file" -of pot | awk '
        function unquote(s) { sub(/^[^"]*"/, "", s); sub(/"[ \t]*$/, "", s); return s }
        BEGIN { RS = ""; FS = "\n" }
        NR == 1 && $1 == "msgid \"\"" { next } # the header
        {
            ctx = ""; id = ""; plural = ""; obsolete = ""; field = ""
            for (i = 1; i <= NF; i++) {
                line = $i
                if (line ~ /^#~ /) { obsolete = " (obsolete)"; sub(/^#~ /, "", line) }
                if (line ~ /^#/) continue
                if (line ~ /^msgctxt /) field = "ctx"
                else if (line ~ /^msgid_plural /) field = "plural"
                else if (line ~ /^msgid /) field = "id"
                else if (line ~ /^msgstr/) field = ""
                else if (line !~ /^"/) continue
                if (field == "ctx") ctx = ctx unquote(line)
                else if (field == "id") id = id unquote(line)
                else if (field == "plural") plural = " (plural)"
            }
            n = index(ctx, "|")
            context = n ? substr(ctx, 1, n - 1) : ctx
            comment = n ? substr(ctx, n + 1) : ""
            print context " | " id (comment == "" ? "" : " [" comment "]") plural obsolete
        }' | LC_ALL=C sort
}

status=0
messages "$committed" >"$tmp/committed.txt"
messages "$tmp/zabota_ru.ts" >"$tmp/sources.txt"
LC_ALL=C comm -13 "$tmp/committed.txt" "$tmp/sources.txt" >"$tmp/new.txt"
LC_ALL=C comm -23 "$tmp/committed.txt" "$tmp/sources.txt" >"$tmp/gone.txt"
if [[ -s $tmp/new.txt || -s $tmp/gone.txt ]]; then
    status=1
    echo "check-translations: $committed is not up to date with the sources" \
        "(cmake --build build --target update_translations):" >&2
    if [[ -s $tmp/new.txt ]]; then
        echo "  $(wc -l <"$tmp/new.txt") strings in the sources are missing from it:" >&2
        sed 's/^/    + /' "$tmp/new.txt" >&2
    fi
    if [[ -s $tmp/gone.txt ]]; then
        echo "  $(wc -l <"$tmp/gone.txt") messages in it are no longer in the sources:" >&2
        sed 's/^/    - /' "$tmp/gone.txt" >&2
    fi
fi

messages "$tmp/zabota_ru.ts" -no-finished -no-obsolete >"$tmp/unfinished.txt"
if [[ -s $tmp/unfinished.txt ]]; then
    status=1
    echo "check-translations: $(wc -l <"$tmp/unfinished.txt") of $(wc -l <"$tmp/sources.txt") strings have no" \
        "finished Russian translation:" >&2
    sed 's/^/    ? /' "$tmp/unfinished.txt" >&2
fi

((status == 0)) && echo "check-translations: all $(wc -l <"$tmp/sources.txt") strings are in $committed and translated"
exit "$status"
