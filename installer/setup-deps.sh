#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 The Clearroom authors
#
# Installs every package Clearroom needs to build, test and package, through the
# system's package manager, without questions. Only missing packages are installed:
# a second run installs nothing and takes seconds.
#
#   installer/setup-deps.sh            install what is missing
#   installer/setup-deps.sh --dry-run  only say what is missing
#
# apt (Debian 12, Ubuntu) is the tested path. The dnf (Fedora) and Homebrew (macOS)
# sections are best-effort and UNTESTED: package names there were mapped by hand.
set -euo pipefail

dry_run=0
for argument in "$@"; do
    case "$argument" in
    --dry-run | -n) dry_run=1 ;;
    -h | --help)
        sed -n '5,13p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "setup-deps: unknown argument: $argument (try --help)" >&2
        exit 2
        ;;
    esac
done

say() { printf 'setup-deps: %s\n' "$*"; }

# Root runs the package manager directly; anyone else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        say "need root for: $*; run this script as root or install sudo" >&2
        exit 1
    fi
}

# --- apt: Debian 12, Ubuntu ---------------------------------------------------------
apt_packages=(
    # tool chain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6 (the target; built and tested beside the Qt 5 build on Debian 12)
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n qt6-qpa-plugins qt6-image-formats-plugins
    # Qt 5.15 + KF5 SyntaxHighlighting (the build that ships on Debian 12)
    qtbase5-dev qttools5-dev qttools5-dev-tools libqt5svg5-dev libqt5svg5
    qttranslations5-l10n libkf5syntaxhighlighting-dev
    # libraries
    libgit2-dev libzip-dev libssl-dev libsqlite3-dev openssl
    # faster inflating of pack objects (optional: without it zlib does it)
    libdeflate-dev
    # the PDF report: text shaping and font subsets (HarfBuzz)
    libharfbuzz-dev zlib1g-dev
    # tests: display, screenshots, validators, fixtures, fonts, the SARIF schema check,
    # the PDF report's check (qpdf --check, pdftotext)
    xvfb xauth imagemagick desktop-file-utils appstream inotify-tools
    libgit2-fixtures fonts-dejavu-core nodejs npm unzip coreutils qpdf poppler-utils
    # packaging (CPack DEB with dpkg-shlibdeps)
    dpkg-dev fakeroot file binutils
)

# A package counts as present when it is installed, or when an installed package
# provides it (NodeSource's nodejs provides and conflicts with Debian's npm, and
# installing npm then would remove nodejs).
apt_missing() {
    local provided
    provided=$(dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null \
        | awk -F'|' '$1 ~ /^ii/ && $2 != "" { gsub(/ *\([^)]*\)/, "", $2); gsub(/, */, "\n", $2); print $2 }' \
        | sed 's/:any$//' | sort -u)
    local package status
    for package in "${apt_packages[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        if [ "$status" = "install ok installed" ]; then
            continue
        fi
        if grep -qxF -- "$package" <<<"$provided"; then
            continue
        fi
        echo "$package"
    done
}

# Prints the packages apt has no installation candidate for.
apt_unavailable() {
    local package candidate
    for package in "$@"; do
        candidate=$(apt-cache policy "$package" 2>/dev/null | awk '/Candidate:/ { print $2 }')
        if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
            echo "$package"
        fi
    done
}

setup_apt() {
    local missing
    mapfile -t missing < <(apt_missing)
    if [ "${#missing[@]}" -eq 0 ]; then
        say "all ${#apt_packages[@]} packages are installed; nothing to do"
        return 0
    fi
    say "missing: ${missing[*]}"
    if [ "$dry_run" -eq 1 ]; then
        say "dry run: would run apt-get update and apt-get install -y --no-install-recommends ${missing[*]}"
        return 0
    fi

    export DEBIAN_FRONTEND=noninteractive
    say "running apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q

    # Another release may lack a package (Ubuntu names some Qt 6 packages differently):
    # install the rest and say which ones were left out, CMake will say if they matter.
    local unavailable=() installable=() package
    mapfile -t unavailable < <(apt_unavailable "${missing[@]}")
    for package in "${missing[@]}"; do
        if ! printf '%s\n' "${unavailable[@]}" | grep -qxF -- "$package"; then
            installable+=("$package")
        fi
    done
    if [ "${#unavailable[@]}" -gt 0 ]; then
        say "WARNING: not available from apt here, skipped: ${unavailable[*]}" >&2
    fi
    if [ "${#installable[@]}" -gt 0 ]; then
        say "installing ${#installable[@]} packages: ${installable[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "${installable[@]}"
    fi
    say "done"
}

# --- dnf: Fedora (UNTESTED) ------------------------------------------------------------
# Fedora packages KF6 SyntaxHighlighting, so AUTO configures Qt 6 + KF6 there.
dnf_packages=(
    gcc-c++ make cmake ninja-build ccache pkgconf-pkg-config git
    qt6-qtbase-devel qt6-qttools-devel qt6-linguist qt6-qtsvg-devel qt6-qttranslations
    kf6-syntax-highlighting-devel
    qt5-qtbase-devel qt5-qttools-devel qt5-linguist qt5-qtsvg-devel qt5-qttranslations
    kf5-syntax-highlighting-devel
    libgit2-devel libzip-devel openssl-devel openssl sqlite-devel harfbuzz-devel zlib-devel
    libdeflate-devel
    xorg-x11-server-Xvfb xorg-x11-xauth ImageMagick desktop-file-utils appstream
    inotify-tools dejavu-sans-fonts nodejs npm unzip qpdf poppler-utils
    rpm-build file binutils
)

setup_dnf() {
    local missing=() package
    for package in "${dnf_packages[@]}"; do
        rpm -q --whatprovides "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "all ${#dnf_packages[@]} packages are installed; nothing to do"
        return 0
    fi
    say "missing: ${missing[*]}"
    if [ "$dry_run" -eq 1 ]; then
        say "dry run: would run dnf install -y --skip-broken ${missing[*]}"
        return 0
    fi
    say "installing ${#missing[@]} packages"
    as_root dnf install -y --skip-broken "${missing[@]}"
    say "done"
}

# --- Homebrew: macOS (UNTESTED) ----------------------------------------------------------
# Homebrew has no KSyntaxHighlighting: the build there has no syntax highlighting.
# Xvfb, AppStream, desktop-file-utils and inotify-tools have no place on macOS.
brew_packages=(cmake ninja ccache pkg-config git qt qt@5 libgit2 libzip openssl@3 sqlite harfbuzz
    imagemagick node qpdf poppler)

setup_brew() {
    local missing=() package
    for package in "${brew_packages[@]}"; do
        brew list --versions "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "all ${#brew_packages[@]} packages are installed; nothing to do"
        return 0
    fi
    say "missing: ${missing[*]}"
    if [ "$dry_run" -eq 1 ]; then
        say "dry run: would run brew install ${missing[*]}"
        return 0
    fi
    say "installing ${#missing[@]} packages"
    # Homebrew refuses to run as root: no sudo here.
    brew install "${missing[@]}"
    say "done"
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    say "package manager: apt"
    setup_apt
elif command -v dnf >/dev/null 2>&1; then
    say "package manager: dnf (untested)"
    setup_dnf
elif command -v brew >/dev/null 2>&1; then
    say "package manager: Homebrew (untested)"
    setup_brew
else
    say "no supported package manager found (apt, dnf, brew); install the packages listed in $0 by hand" >&2
    exit 1
fi

# --- npm: the SARIF schema check of the tests -------------------------------------------
# The test that validates findings.sarif runs node with ajv and the schema file of
# @microsoft/sarif-multitool-ts, pinned by tests/package/sarif-schema/package-lock.json.
# Tests run without network, so the packages are installed here: `npm ci` when
# node_modules is missing or was installed from another lockfile.
setup_npm() {
    local folder lock stamp
    folder="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/package/sarif-schema"
    lock="$folder/package-lock.json"
    stamp="$folder/node_modules/.clearroom-package-lock.json"
    if [ ! -f "$lock" ]; then
        return 0
    fi
    if [ -f "$stamp" ] && cmp -s "$lock" "$stamp"; then
        say "SARIF schema check: node packages are installed; nothing to do"
        return 0
    fi
    if [ "$dry_run" -eq 1 ]; then
        say "dry run: would run npm ci in $folder"
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        say "npm is missing: cannot install the SARIF schema check's packages" >&2
        exit 1
    fi
    say "SARIF schema check: running npm ci in $folder"
    (cd "$folder" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    cp "$lock" "$stamp"
}
setup_npm
