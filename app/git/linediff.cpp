// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "linediff.h"

#include "libgit2.h"
#include "textcontent.h"

#include <vector>

namespace clearroom::git {

using namespace detail;

namespace {

constexpr qsizetype FunctionContextLength = 80;

git_diff_options lineDiffOptions(int contextLines)
{
    git_diff_options options;
    git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION);
    // git's defaults: Myers, the indent heuristic on (diff.indentHeuristic), no merging of
    // nearby hunks beyond the context (diff.interHunkContext 0). Binary content is the
    // caller's to decide.
    options.flags = GIT_DIFF_FORCE_TEXT | GIT_DIFF_INDENT_HEURISTIC;
    options.context_lines = uint32_t(std::max(contextLines, 0));
    options.interhunk_lines = 0;
    return options;
}

bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool startsFunction(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

// git shows a function line only up to its first byte that does not begin a valid UTF-8
// character (in git's sense: U+FFFE and U+FFFF do not count either).
qsizetype validUtf8Prefix(const char *text, qsizetype length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    qsizetype at = 0;
    while (at < length) {
        char32_t codePoint = 0;
        const int sequence = utf8SequenceLength(bytes, length, at, &codePoint);
        if (sequence == 0 || codePoint == 0xFFFE || codePoint == 0xFFFF)
            break;
        at += sequence;
    }
    return at;
}

// git's default function context for the hunks of one old text: the nearest line at or
// above a given one that starts like a function (a letter, '_' or '$').
class FunctionFinder
{
public:
    explicit FunctionFinder(const QByteArray &text)
        : m_text(text)
    {
        qsizetype at = 0;
        while (at < text.size()) {
            m_starts.push_back(at);
            const qsizetype newline = text.indexOf('\n', at);
            at = newline < 0 ? text.size() : newline + 1;
        }
        m_starts.push_back(text.size());
    }

    // The function line for a hunk whose first line (with context) has index `first`.
    QByteArray before(qint64 first)
    {
        // Lines above what an earlier hunk searched keep their answer.
        for (qint64 line = first - 1; line > m_searchedUpTo; --line) {
            if (line >= lineCount())
                continue;
            const char *start = m_text.constData() + m_starts[size_t(line)];
            if (!startsFunction(*start))
                continue;
            qsizetype length = m_starts[size_t(line) + 1] - m_starts[size_t(line)];
            length = std::min(length, FunctionContextLength);
            while (length > 0 && isSpace(start[length - 1]))
                --length;
            m_found = QByteArray(start, validUtf8Prefix(start, length));
            break;
        }
        m_searchedUpTo = std::max(m_searchedUpTo, first - 1);
        return m_found;
    }

private:
    qint64 lineCount() const { return qint64(m_starts.size()) - 1; }

    const QByteArray &m_text;
    std::vector<qsizetype> m_starts;
    qint64 m_searchedUpTo = -1;
    QByteArray m_found;
};

void noteIds(const git_diff_delta *delta, TextIds *ids)
{
    if (!ids || ids->known || !delta)
        return;
    ids->before = ObjectId::fromRaw(delta->old_file.id.id);
    ids->after = ObjectId::fromRaw(delta->new_file.id.id);
    ids->known = true;
}

struct HunkCollector
{
    QVector<DiffHunk> hunks;
    TextIds *ids = nullptr;
};

int onHunk(const git_diff_delta *delta, const git_diff_hunk *hunk, void *payload)
{
    auto *collector = static_cast<HunkCollector *>(payload);
    noteIds(delta, collector->ids);
    DiffHunk added;
    added.oldStart = hunk->old_start;
    added.oldCount = hunk->old_lines;
    added.newStart = hunk->new_start;
    added.newCount = hunk->new_lines;
    collector->hunks.append(std::move(added));
    return 0;
}

int onLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *collector = static_cast<HunkCollector *>(payload);
    if (collector->hunks.isEmpty())
        return 0;
    QVector<DiffLine> &lines = collector->hunks.last().lines;
    switch (line->origin) {
    case GIT_DIFF_LINE_CONTEXT:
    case GIT_DIFF_LINE_ADDITION:
    case GIT_DIFF_LINE_DELETION: {
        qsizetype length = qsizetype(line->content_len);
        if (length > 0 && line->content[length - 1] == '\n')
            --length;
        lines.append({DiffLine::Kind(line->origin), QByteArray(line->content, length), false});
        return 0;
    }
    case GIT_DIFF_LINE_CONTEXT_EOFNL:
    case GIT_DIFF_LINE_ADD_EOFNL:
    case GIT_DIFF_LINE_DEL_EOFNL:
        // "\ No newline at end of file" follows the line it is about.
        if (!lines.isEmpty())
            lines.last().missingNewline = true;
        return 0;
    default:
        return 0;
    }
}

struct LineCounter
{
    LineCounts counts;
    TextIds *ids = nullptr;
};

int onCountedLine(const git_diff_delta *delta, const git_diff_hunk *, const git_diff_line *line,
                  void *payload)
{
    auto *counter = static_cast<LineCounter *>(payload);
    noteIds(delta, counter->ids);
    if (line->origin == GIT_DIFF_LINE_ADDITION)
        ++counter->counts.added;
    else if (line->origin == GIT_DIFF_LINE_DELETION)
        ++counter->counts.deleted;
    return 0;
}

qint64 lineCount(const QByteArray &text)
{
    return text.count('\n') + (!text.isEmpty() && !text.endsWith('\n') ? 1 : 0);
}

// Against nothing every line is added (or deleted), in one hunk without a function line:
// what xdiff gives, without handing libgit2 the buffers (it would hash them).
QVector<DiffHunk> wholeFile(const QByteArray &text, DiffLine::Kind kind)
{
    if (text.isEmpty())
        return {};
    DiffHunk hunk;
    const qint64 lines = lineCount(text);
    if (kind == DiffLine::Kind::Added) {
        hunk.newStart = 1;
        hunk.newCount = lines;
    } else {
        hunk.oldStart = 1;
        hunk.oldCount = lines;
    }
    hunk.lines.reserve(lines);
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype newline = text.indexOf('\n', at);
        const qsizetype end = newline < 0 ? text.size() : newline;
        hunk.lines.append({kind, text.mid(at, end - at), newline < 0});
        at = end + 1;
    }
    return {hunk};
}

Error diffFailed()
{
    return {LineDiff::tr("The line diff failed: %1").arg(lastErrorText())};
}

} // namespace

Result<QVector<DiffHunk>> LineDiff::hunks(const QByteArray &oldText, const QByteArray &newText,
                                          int contextLines, TextIds *ids)
{
    if (oldText.isEmpty())
        return wholeFile(newText, DiffLine::Kind::Added);
    if (newText.isEmpty())
        return wholeFile(oldText, DiffLine::Kind::Deleted);
    ensureLibraryInitialised();
    const git_diff_options options = lineDiffOptions(contextLines);
    HunkCollector collector;
    collector.ids = ids;
    if (git_diff_buffers(oldText.constData(), size_t(oldText.size()), nullptr, newText.constData(),
                         size_t(newText.size()), nullptr, &options, nullptr, nullptr, &onHunk,
                         &onLine, &collector)
        < 0)
        return diffFailed();
    if (!collector.hunks.isEmpty()) {
        FunctionFinder functions(oldText);
        for (DiffHunk &hunk : collector.hunks) {
            // A hunk that removes nothing starts after the line its header names.
            const qint64 first = hunk.oldCount > 0 ? hunk.oldStart - 1 : hunk.oldStart;
            hunk.function = functions.before(first);
        }
    }
    return collector.hunks;
}

Result<LineCounts> LineDiff::count(const QByteArray &oldText, const QByteArray &newText,
                                   TextIds *ids)
{
    if (oldText.isEmpty() || newText.isEmpty())
        return LineCounts {lineCount(newText), lineCount(oldText)};
    ensureLibraryInitialised();
    const git_diff_options options = lineDiffOptions(0);
    LineCounter counter;
    counter.ids = ids;
    if (git_diff_buffers(oldText.constData(), size_t(oldText.size()), nullptr, newText.constData(),
                         size_t(newText.size()), nullptr, &options, nullptr, nullptr, nullptr,
                         &onCountedLine, &counter)
        < 0)
        return diffFailed();
    return counter.counts;
}

} // namespace clearroom::git
