#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one script behind the README's commands. From any directory:
#   bash packaging/build.sh run [ARGS...]   install what is missing, build, start build/app/zabota ARGS...
#   bash packaging/build.sh test            install what is missing, build, run every test (no display needed)
#   bash packaging/build.sh deps            install what is missing, nothing else
# Works on a bare Debian 12: it installs the Debian packages below (as root, or through sudo) when any is missing, and
# is silent about them when none is. ZABOTA_BUILD_DIR overrides the build directory (default: build in the repository).
set -euo pipefail

# Every Debian 12 package the project needs to build, test and package itself, in one place.
readonly PACKAGES=(
    # compiler and build tools
    g++ cmake ninja-build pkg-config ccache
    # Qt 6.4 (libqt6opengl6-dev is needed by find_package(Qt6 ... Charts), but qt6-base-dev only recommends it)
    qt6-base-dev libqt6opengl6-dev qt6-multimedia-dev
    libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-translations-l10n
    # tests: the runner, a display and audio for the tests that need them, a PostgreSQL server to test against
    catch2
    xvfb xauth pulseaudio pulseaudio-utils
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    postgresql fonts-dejavu-core
    # the certificates of the PostgreSQL test server that offers TLS
    openssl
    # the phone lines: spandsp decodes caller ID and DTMF (its headers include tiffio.h), libsndfile writes and reads
    # the WAV recordings, libopusenc their Opus copies; the tests speak Russian with espeak-ng and decode Opus with
    # opusdec, the line benchmark runs minimodem beside the console's decoder
    libspandsp-dev libtiff-dev libsndfile1-dev libopusenc-dev espeak-ng opus-tools minimodem
    # the journal and statistics exports: libxlsxwriter writes XLSX; the tests read the files back with xlsx2csv and
    # openpyxl (which needs Pillow to see the charts' pictures), the PDF documents with pdftotext and pdfinfo
    libxlsxwriter-dev xlsx2csv python3-openpyxl python3-pil poppler-utils
    # the database password kept in the system keyring: QtKeychain, which loads libsecret to reach a Secret Service
    # (else it asks KWallet over D-Bus); the tests run a private D-Bus session with GNOME Keyring's Secret Service
    qtkeychain-qt6-dev libsecret-1-0 dbus-daemon gnome-keyring
    # the journal's search by word forms: libstemmer (Snowball) stems the words of SQLite's index, into which the
    # console adds its own SQL functions through SQLite's C library
    libstemmer-dev libsqlite3-dev
    # checks: formatting, the .desktop file and the AppStream metadata
    clang-format desktop-file-utils appstream
)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
BUILD_DIR=${ZABOTA_BUILD_DIR:-$ROOT/build}

say() { printf 'build.sh: %s\n' "$*" >&2; }
die() {
    printf 'build.sh: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat >&2 <<'EOF'
usage: bash packaging/build.sh COMMAND [ARGS...]
  run [ARGS...]  install missing Debian packages, build, then start build/app/zabota with ARGS
                 (for example: --demo, --database PATH, --lang en)
  test           install missing Debian packages, build, run every test with ctest
  deps           install missing Debian packages only
EOF
}

# Prints the packages of PACKAGES that dpkg does not report as "install ok installed".
missing_packages() {
    local -A installed=()
    local package status
    while IFS=' ' read -r package status; do
        if [[ $status == "install ok installed" ]]; then
            installed[$package]=1
        fi
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)
    for package in "${PACKAGES[@]}"; do
        [[ -n ${installed[$package]:-} ]] || printf '%s\n' "$package"
    done
}

install_deps() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        die "this script installs its dependencies with apt; it needs Debian 12 (bookworm)"
    fi
    local missing
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) && return 0

    local as_root=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null ||
            die "missing Debian packages (${missing[*]}); run this script as root or install sudo"
        as_root=(sudo)
    fi
    say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
        die "apt-get update failed; check the network and /etc/apt/sources.list*"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" ||
        die "apt-get install failed for: ${missing[*]}"
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || die "still not installed after apt-get install: ${missing[*]}"
}

# A private runtime directory for Qt (and PulseAudio) when the session has none, e.g. under sudo, in CI or in a chroot.
ensure_runtime_dir() {
    [[ -n ${XDG_RUNTIME_DIR:-} && -d ${XDG_RUNTIME_DIR:-} ]] && return 0
    local dir
    dir=${TMPDIR:-/tmp}/zabota-runtime-$(id -u)
    if [[ -L $dir ]] || { [[ -e $dir ]] && [[ ! -O $dir || $(stat -c %a "$dir") != 700 ]]; }; then
        dir=$(mktemp -d "${TMPDIR:-/tmp}/zabota-runtime.XXXXXX") || die "cannot create a runtime directory"
    else
        mkdir -m 0700 "$dir" 2>/dev/null || [[ -d $dir ]] || die "cannot create the runtime directory $dir"
    fi
    chmod 0700 "$dir"
    export XDG_RUNTIME_DIR=$dir
}

build() {
    if [[ ! -f $BUILD_DIR/CMakeCache.txt || ! -f $BUILD_DIR/build.ninja ]]; then
        if [[ -f $BUILD_DIR/CMakeCache.txt ]]; then
            die "$BUILD_DIR was configured with another generator than Ninja; remove it (rm -rf '$BUILD_DIR') and retry"
        fi
        local launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        say "configuring $BUILD_DIR (RelWithDebInfo, Ninja${launcher:+, ccache})"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" ||
            die "cmake could not configure the project (see the messages above)"
    fi
    cmake --build "$BUILD_DIR" || die "the build failed (see the compiler messages above)"
}

main() {
    (($# > 0)) || {
        usage
        exit 2
    }
    local command=$1
    shift
    case $command in
    deps)
        install_deps
        ;;
    run)
        install_deps
        ensure_runtime_dir
        build
        [[ -x $BUILD_DIR/app/zabota ]] || die "the build did not produce $BUILD_DIR/app/zabota"
        exec "$BUILD_DIR/app/zabota" "$@"
        ;;
    test)
        (($# == 0)) || die "'test' takes no arguments"
        install_deps
        ensure_runtime_dir # before the build too: it lists the Catch2 tests by running them
        build
        ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j2 || die "some tests failed (see above)"
        say "all tests passed"
        ;;
    -h | --help | help)
        usage
        ;;
    *)
        usage
        die "unknown command '$command'"
        ;;
    esac
}

main "$@"
