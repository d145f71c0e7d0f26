#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 The Clearroom authors
#
# The whole test suite, as CI runs it: installs what is missing, builds every
# configuration this machine can build, and runs CTest in each.
#   - Qt 5.15 + KF5 SyntaxHighlighting (the build that ships on Debian 12), where KF5
#     SyntaxHighlighting is installed;
#   - Qt 6 (with KF6 SyntaxHighlighting where it exists; on Debian 12 without).
# Every test runs under the network guard. A skipped test fails the run: the setup
# script installs every tool the tests need.
#
#   tests/run-all.sh             everything
#   tests/run-all.sh -R PATTERN  only tests matching PATTERN (passed to ctest)
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
# ccache (when CMake finds it) shares compiled objects between checkouts in different
# folders: paths below the checkout are hashed relative to it.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
say() { printf 'run-all: %s\n' "$*"; }

bash "$root/installer/setup-deps.sh" || { say "installing the dependencies failed"; exit 1; }

total_passed=0
total_failed=0
failures=()

run_configuration() {
    local name=$1 qt=$2
    local build="$root/build/test-$name"
    mkdir -p "$root/build"
    say "== $name: configuring (CLEARROOM_QT=$qt)"
    if ! cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCLEARROOM_QT="$qt" >"$build.configure.log" 2>&1; then
        cat "$build.configure.log"
        failures+=("$name: configure")
        return
    fi
    grep -E "^-- Clearroom:|Warning" "$build.configure.log" || true
    say "== $name: building"
    if ! cmake --build "$build"; then
        failures+=("$name: build")
        return
    fi
    say "== $name: testing"
    local log="$build/ctest.log"
    (cd "$build" && ctest --output-on-failure -j2 "$@") 2>&1 | tee "$log"
    local status=${PIPESTATUS[0]}
    local line passed failed
    line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1)
    if [ -n "$line" ]; then
        failed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
        passed=$(( $(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line") - failed ))
        total_passed=$((total_passed + passed))
        total_failed=$((total_failed + failed))
    fi
    [ "$status" -eq 0 ] || failures+=("$name: tests failed")
    if grep -q "(Skipped)" "$log"; then
        say "$name: tests were SKIPPED; every tool they need is installed by installer/setup-deps.sh, so a skip is a failure:"
        grep "(Skipped)" "$log"
        failures+=("$name: skipped tests")
    fi
}

ctest_args=("$@")
# Qt 5 + KF5 where KF5 SyntaxHighlighting exists (Debian 12), then Qt 6.
probe=$(mktemp -d) # cmake --find-package leaves a CMakeFiles folder behind
if (cd "$probe" && cmake --find-package -DNAME=KF5SyntaxHighlighting -DCOMPILER_ID=GNU \
    -DLANGUAGE=CXX -DMODE=EXIST >/dev/null 2>&1); then
    run_configuration qt5 5 "${ctest_args[@]}"
else
    say "KF5 SyntaxHighlighting is not installed: no Qt 5 build here."
fi
rm -rf "$probe"
run_configuration qt6 6 "${ctest_args[@]}"

if [ ${#failures[@]} -ne 0 ]; then
    say "FAILED: ${failures[*]}"
    echo "total: $total_passed passed, $total_failed failed"
    exit 1
fi
say "all configurations passed"
echo "total: $total_passed passed, $total_failed failed"
