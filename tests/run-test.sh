#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 The Clearroom authors
#
# Runs one Qt Test executable for CTest. Its output passes through; a run that passed
# but skipped something (QSKIP) exits 77, which CTest reports as "Skipped"; a run that
# failed keeps its failing exit status, whatever else it skipped.
log=$(mktemp)
# The user's settings of its own (RememberedPaths), empty at the start: a test neither
# reads nor changes the settings of whoever runs it.
config=$(mktemp -d)
trap 'rm -f "$log"; rm -rf "$config"' EXIT
XDG_CONFIG_HOME="$config" "$@" >"$log" 2>&1
status=$?
cat "$log"
if [ "$status" -eq 0 ] && grep -q '^SKIP   : ' "$log"; then
    exit 77
fi
exit "$status"
