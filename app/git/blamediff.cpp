// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blamediff.h"

#include "libgit2.h"

#include <cstring>

namespace clearroom::git::detail {

namespace {

// git cuts the common end of both texts off before it diffs them without context: whole
// blocks of 1 KiB from the end, then back to the end of the line the cut fell into.
void trimCommonTail(const char *a, qsizetype *aSize, const char *b, qsizetype *bSize)
{
    constexpr qsizetype Block = 1024;
    const qsizetype smaller = std::min(*aSize, *bSize);
    qsizetype trimmed = 0;
    while (Block + trimmed <= smaller
           && std::memcmp(a + *aSize - trimmed - Block, b + *bSize - trimmed - Block, Block) == 0)
        trimmed += Block;
    const char *kept = a + *aSize - trimmed;
    qsizetype recovered = 0;
    while (recovered < trimmed) {
        if (kept[recovered++] == '\n')
            break;
    }
    *aSize -= trimmed - recovered;
    *bSize -= trimmed - recovered;
}

int collectHunk(const git_diff_delta *, const git_diff_hunk *hunk, void *payload)
{
    // The header's start is 1-based, or the line before when the side is empty.
    auto *hunks = static_cast<QVector<LineHunk> *>(payload);
    hunks->append({hunk->old_lines ? hunk->old_start - 1 : hunk->old_start, hunk->old_lines,
                   hunk->new_lines ? hunk->new_start - 1 : hunk->new_start, hunk->new_lines});
    return 0;
}

} // namespace

Result<QVector<LineHunk>> BlameDiff::hunks(const char *oldData, qsizetype oldSize,
                                           const char *newData, qsizetype newSize,
                                           bool ignoreWhitespace)
{
    ensureLibraryInitialised();
    trimCommonTail(oldData, &oldSize, newData, &newSize);
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_FORCE_TEXT | GIT_DIFF_INDENT_HEURISTIC;
    if (ignoreWhitespace)
        options.flags |= GIT_DIFF_IGNORE_WHITESPACE;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    options.max_size = -1;
    QVector<LineHunk> found;
    const int rc
        = git_diff_buffers(oldData, size_t(oldSize), nullptr, newData, size_t(newSize), nullptr,
                           &options, nullptr, nullptr, &collectHunk, nullptr, &found);
    if (rc < 0)
        return Error {tr("Two versions of a file could not be compared: %1").arg(lastErrorText())};
    return found;
}

} // namespace clearroom::git::detail
