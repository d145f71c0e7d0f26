#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 The Clearroom authors
#
# Installs what is missing, builds Clearroom and opens Clearroom's own checkout in it
# (read-only, like any reviewed repository). Arguments are passed on to `clearroom`.
#
#   installer/run-demo.sh
#   xvfb-run -a installer/run-demo.sh     (on a machine without a display)
set -euo pipefail

say() { printf 'run-demo: %s\n' "$*"; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash "$root/installer/setup-deps.sh"

# The build that ships on Debian 12 is Qt 5.15 + KF5 SyntaxHighlighting. Elsewhere
# CMake's AUTO picks Qt 6 + KF6, or Qt 5 + KF5, or Qt 6 without highlighting.
have_kf5_syntax_highlighting() {
    local config
    for config in /usr/lib/*/cmake/KF5SyntaxHighlighting /usr/lib/cmake/KF5SyntaxHighlighting \
        /usr/lib64/cmake/KF5SyntaxHighlighting /usr/local/lib/cmake/KF5SyntaxHighlighting \
        /usr/local/lib/*/cmake/KF5SyntaxHighlighting; do
        [ -e "$config/KF5SyntaxHighlightingConfig.cmake" ] && return 0
    done
    return 1
}
if have_kf5_syntax_highlighting; then
    build=build/release-qt5
    qt=5
else
    build=build/release
    qt=AUTO
fi

say "configuring $build (CLEARROOM_QT=$qt, Release)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLEARROOM_QT="$qt"
say "building clearroom and clearroom-cli"
cmake --build "$build" --target clearroom clearroom-cli

cli="$build/app/cli/clearroom-cli"
gui="$build/ui/clearroom"
if [ ! -x "$gui" ]; then
    gui=$(find "$build" -path "$build/CMakeFiles" -prune -o -type f -name clearroom -perm -u+x -print -quit)
fi
if [ -z "$gui" ] || [ ! -x "$gui" ]; then
    say "the build finished but no clearroom executable was found under $build" >&2
    exit 1
fi

# Without a display Qt would either abort or (offscreen) run forever unseen.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<EOF
run-demo: no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the Clearroom
run-demo: window cannot be shown. The build is ready in $build.
run-demo:
run-demo: To see the GUI, run this script from a desktop session, or with a virtual
run-demo: display (nothing will be visible, but it runs):
run-demo:     xvfb-run -a installer/run-demo.sh
run-demo:
run-demo: The command-line tool needs no display, for example:
run-demo:     $cli -C . repo ls-tree HEAD
EOF
    exit 3
fi

say "starting $gui on $root"
exec "$gui" "$root" "$@"
