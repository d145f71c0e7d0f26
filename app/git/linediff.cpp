// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "linediff.h"

#include "libgit2.h"
#include "textcontent.h"

#include <cstring>
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
// above a given one that starts like a function (a letter, '_' or '$'). Hunks come in
// order, so the text is scanned forward once, only as far as the last hunk.
class FunctionFinder
{
public:
    explicit FunctionFinder(const QByteArray &text)
        : m_text(text)
    {
    }

    // The function line for a hunk whose first line (with context) has index `first`.
    QByteArray before(qint64 first)
    {
        bool moved = false;
        while (m_nextLine < first && m_offset < m_text.size()) {
            const char *start = m_text.constData() + m_offset;
            const qsizetype rest = m_text.size() - m_offset;
            const auto *newline = static_cast<const char *>(std::memchr(start, '\n', size_t(rest)));
            const qsizetype length = newline ? newline - start + 1 : rest;
            if (startsFunction(*start)) {
                m_foundAt = m_offset;
                m_foundLength = length;
                moved = true;
            }
            m_offset += length;
            ++m_nextLine;
        }
        if (moved) {
            const char *start = m_text.constData() + m_foundAt;
            qsizetype length = std::min(m_foundLength, FunctionContextLength);
            while (length > 0 && isSpace(start[length - 1]))
                --length;
            m_found = QByteArray(start, validUtf8Prefix(start, length));
        }
        return m_found;
    }

private:
    const QByteArray &m_text;
    qint64 m_nextLine = 0; // lines before it have been looked at
    qsizetype m_offset = 0; // where that line starts
    qsizetype m_foundAt = -1;
    qsizetype m_foundLength = 0;
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

// Hands libgit2's callbacks to a visitor, adding the function line to each hunk.
struct VisitorBridge
{
    LineDiffVisitor &visitor;
    FunctionFinder functions;
    TextIds *ids = nullptr;
};

int onHunk(const git_diff_delta *delta, const git_diff_hunk *hunk, void *payload)
{
    auto *bridge = static_cast<VisitorBridge *>(payload);
    noteIds(delta, bridge->ids);
    DiffHunk header;
    header.oldStart = hunk->old_start;
    header.oldCount = hunk->old_lines;
    header.newStart = hunk->new_start;
    header.newCount = hunk->new_lines;
    // A hunk that removes nothing starts after the line its header names.
    header.function
        = bridge->functions.before(header.oldCount > 0 ? header.oldStart - 1 : header.oldStart);
    bridge->visitor.hunk(header);
    return 0;
}

int onLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *bridge = static_cast<VisitorBridge *>(payload);
    switch (line->origin) {
    case GIT_DIFF_LINE_CONTEXT:
    case GIT_DIFF_LINE_ADDITION:
    case GIT_DIFF_LINE_DELETION: {
        qsizetype length = qsizetype(line->content_len);
        if (length > 0 && line->content[length - 1] == '\n')
            --length;
        bridge->visitor.line(DiffLine::Kind(line->origin), line->content, length);
        return 0;
    }
    case GIT_DIFF_LINE_CONTEXT_EOFNL:
    case GIT_DIFF_LINE_ADD_EOFNL:
    case GIT_DIFF_LINE_DEL_EOFNL:
        // "\ No newline at end of file" follows the line it is about.
        bridge->visitor.missingNewline();
        return 0;
    default:
        return 0;
    }
}

// Collects the hunks with copies of their lines.
class HunkCollector : public LineDiffVisitor
{
public:
    void hunk(const DiffHunk &hunk) override { hunks.append(hunk); }
    void line(DiffLine::Kind kind, const char *text, qsizetype size) override
    {
        if (!hunks.isEmpty())
            hunks.last().lines.append({kind, QByteArray(text, size), false});
    }
    void missingNewline() override
    {
        if (!hunks.isEmpty() && !hunks.last().lines.isEmpty())
            hunks.last().lines.last().missingNewline = true;
    }

    QVector<DiffHunk> hunks;
};

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
void visitWholeFile(const QByteArray &text, DiffLine::Kind kind, LineDiffVisitor &visitor)
{
    if (text.isEmpty())
        return;
    DiffHunk hunk;
    const qint64 lines = lineCount(text);
    if (kind == DiffLine::Kind::Added) {
        hunk.newStart = 1;
        hunk.newCount = lines;
    } else {
        hunk.oldStart = 1;
        hunk.oldCount = lines;
    }
    visitor.hunk(hunk);
    const char *at = text.constData();
    const char *end = at + text.size();
    while (at < end) {
        const auto *newline = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at)));
        const char *lineEnd = newline ? newline : end;
        visitor.line(kind, at, lineEnd - at);
        if (!newline)
            visitor.missingNewline();
        at = lineEnd + 1;
    }
}

Error diffFailed()
{
    return {LineDiff::tr("The line diff failed: %1").arg(lastErrorText())};
}

} // namespace

LineDiffVisitor::~LineDiffVisitor() = default;

Result<void> LineDiff::visit(const QByteArray &oldText, const QByteArray &newText, int contextLines,
                             LineDiffVisitor &visitor, TextIds *ids)
{
    if (oldText.isEmpty()) {
        visitWholeFile(newText, DiffLine::Kind::Added, visitor);
        return {};
    }
    if (newText.isEmpty()) {
        visitWholeFile(oldText, DiffLine::Kind::Deleted, visitor);
        return {};
    }
    ensureLibraryInitialised();
    const git_diff_options options = lineDiffOptions(contextLines);
    VisitorBridge bridge {visitor, FunctionFinder(oldText), ids};
    if (git_diff_buffers(oldText.constData(), size_t(oldText.size()), nullptr, newText.constData(),
                         size_t(newText.size()), nullptr, &options, nullptr, nullptr, &onHunk,
                         &onLine, &bridge)
        < 0)
        return diffFailed();
    return {};
}

Result<QVector<DiffHunk>> LineDiff::hunks(const QByteArray &oldText, const QByteArray &newText,
                                          int contextLines, TextIds *ids)
{
    HunkCollector collector;
    if (auto visited = visit(oldText, newText, contextLines, collector, ids); !visited)
        return visited.error();
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
