#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation is stale (its messages differ from the strings lupdate finds in app/, core/ and ui/) or
# incomplete (a message is untranslated or marked unfinished):
#   translations/zabota_ru.ts  every message, in Russian
#   translations/zabota_en.ts  the plural messages only (lupdate -pluralonly), for "1 entry" against "2 entries"
# The committed files are never touched: lupdate runs on copies.
#   usage: check-translations.sh SOURCE_DIR [LUPDATE_OPTION...]
#   (the options come from translations/CMakeLists.txt; the defaults below are the same, and zabota_en.ts adds
#   -pluralonly to them as translations/CMakeLists.txt does)
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
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One line per message: "context | source" (plus the disambiguation, a plural mark, and "(obsolete)" for messages a
# .ts keeps from strings that are gone). Translations, locations and comments for translators are left out. With
# holes=1 the awk program reads a .po instead and prints only the messages with an empty translation or plural form,
# or with fewer plural forms than the language has: lconvert -no-finished misses those when they are marked finished.
read -r -d '' parse <<'AWK' || true
    function unquote(s) { sub(/^[^"]*"/, "", s); sub(/"[ \t]*$/, "", s); return s }
    function hole() { return strings == 0 || empty > 0 || (plural != "" && strings < nplurals) }
    BEGIN { RS = ""; FS = "\n"; nplurals = 1 }
    NR == 1 && $1 == "msgid \"\"" { # the header
        if (match($0, /nplurals=[0-9]+/)) nplurals = substr($0, RSTART + 9, RLENGTH - 9) + 0
        next
    }
    {
        ctx = ""; id = ""; plural = ""; obsolete = ""; field = ""; strings = 0; empty = 0; value = ""
        for (i = 1; i <= NF; i++) {
            line = $i
            if (line ~ /^#~ /) { obsolete = " (obsolete)"; sub(/^#~ /, "", line) }
            if (line ~ /^#/) continue
            if (field == "str" && line !~ /^"/ && value == "") empty++ # the translation before ended empty
            if (line ~ /^msgctxt /) field = "ctx"
            else if (line ~ /^msgid_plural /) field = "plural"
            else if (line ~ /^msgid /) field = "id"
            else if (line ~ /^msgstr/) { field = "str"; strings++; value = "" }
            else if (line !~ /^"/) continue
            if (field == "ctx") ctx = ctx unquote(line)
            else if (field == "id") id = id unquote(line)
            else if (field == "plural") plural = " (plural)"
            else if (field == "str") value = value unquote(line)
        }
        if (field == "str" && value == "") empty++
        if (holes && !hole()) next
        n = index(ctx, "|")
        context = n ? substr(ctx, 1, n - 1) : ctx
        comment = n ? substr(ctx, n + 1) : ""
        print context " | " id (comment == "" ? "" : " [" comment "]") plural obsolete
    }
AWK
messages() { # TS_FILE [LCONVERT_OPTION...]
    local file=$1
    shift
    "$qtbin/lconvert" "$@" -i "$file" -of pot | awk -v holes=0 "$parse" | LC_ALL=C sort
}
# The messages of TS_FILE that are unfinished or have an empty translation.
untranslated() { # TS_FILE
    {
        "$qtbin/lconvert" -no-finished -no-obsolete -i "$1" -of pot | awk -v holes=0 "$parse"
        "$qtbin/lconvert" -no-obsolete -i "$1" -of po | awk -v holes=1 "$parse"
    } | LC_ALL=C sort -u
}

# check TS_FILE LANGUAGE_NAME [EXTRA_LUPDATE_OPTION...]: the file holds exactly the messages lupdate finds, each
# translated. Returns 1 when it does not.
check() {
    local committed=$1 language=$2
    shift 2
    local name kind=
    name=$(basename "$committed" .ts)
    [[ " $* " == *" -pluralonly "* ]] && kind="plural "
    [[ -f $committed ]] || {
        echo "check-translations: $root/$committed is missing" >&2
        return 1
    }
    cp "$committed" "$tmp/$name.ts"
    if ! "$qtbin/lupdate" -silent "${options[@]}" "$@" -I . app core ui -ts "$tmp/$name.ts" >"$tmp/$name.log" 2>&1; then
        cat "$tmp/$name.log" >&2
        echo "check-translations: lupdate failed on $committed" >&2
        return 1
    fi
    # lupdate's warnings (a tr() it cannot read, for example) are worth seeing even when the check passes.
    grep -i 'warning\|error' "$tmp/$name.log" >&2 || true

    local status=0
    messages "$committed" >"$tmp/$name.committed.txt"
    messages "$tmp/$name.ts" >"$tmp/$name.sources.txt"
    LC_ALL=C comm -13 "$tmp/$name.committed.txt" "$tmp/$name.sources.txt" >"$tmp/$name.new.txt"
    LC_ALL=C comm -23 "$tmp/$name.committed.txt" "$tmp/$name.sources.txt" >"$tmp/$name.gone.txt"
    if [[ -s $tmp/$name.new.txt || -s $tmp/$name.gone.txt ]]; then
        status=1
        echo "check-translations: $committed is not up to date with the sources" \
            "(cmake --build build --target update_translations):" >&2
        if [[ -s $tmp/$name.new.txt ]]; then
            echo "  $(wc -l <"$tmp/$name.new.txt") strings in the sources are missing from it:" >&2
            sed 's/^/    + /' "$tmp/$name.new.txt" >&2
        fi
        if [[ -s $tmp/$name.gone.txt ]]; then
            echo "  $(wc -l <"$tmp/$name.gone.txt") messages in it are no longer in the sources:" >&2
            sed 's/^/    - /' "$tmp/$name.gone.txt" >&2
        fi
    fi

    untranslated "$tmp/$name.ts" >"$tmp/$name.unfinished.txt"
    if [[ -s $tmp/$name.unfinished.txt ]]; then
        status=1
        echo "check-translations: $(wc -l <"$tmp/$name.unfinished.txt") of $(wc -l <"$tmp/$name.sources.txt") strings" \
            "have no finished $language translation in $committed:" >&2
        sed 's/^/    ? /' "$tmp/$name.unfinished.txt" >&2
    fi

    ((status == 0)) &&
        echo "check-translations: all $(wc -l <"$tmp/$name.sources.txt") ${kind}strings are in $committed and translated"
    return "$status"
}

status=0
check translations/zabota_ru.ts Russian || status=1
check translations/zabota_en.ts English -pluralonly || status=1
exit "$status"
