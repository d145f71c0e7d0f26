// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "patchtext.h"

namespace clearroom::cli {

namespace {

// "@@ -a,b +c,d @@": a count of 1 is left out.
QByteArray hunkRange(qint64 start, qint64 count)
{
    QByteArray range = QByteArray::number(start);
    if (count != 1)
        range += ',' + QByteArray::number(count);
    return range;
}

QByteArray fileLine(const char *marker, const QByteArray &label)
{
    return marker + label + (label.contains(' ') ? "\t\n" : "\n");
}

} // namespace

PatchText::PatchText(QByteArray &out, QByteArray header)
    : m_out(out)
    , m_header(std::move(header))
{
}

void PatchText::hunk(const git::DiffHunk &hunk)
{
    if (!m_started) {
        m_out += m_header;
        m_started = true;
    }
    m_out += "@@ -" + hunkRange(hunk.oldStart, hunk.oldCount) + " +"
        + hunkRange(hunk.newStart, hunk.newCount) + " @@";
    if (!hunk.function.isEmpty())
        m_out += ' ' + hunk.function;
    m_out += '\n';
}

void PatchText::line(git::DiffLine::Kind kind, const char *text, qsizetype size)
{
    m_out += char(kind);
    m_out.append(text, size);
    m_out += '\n';
}

void PatchText::missingNewline()
{
    m_out += "\\ No newline at end of file\n";
}

QByteArray PatchText::fileLines(const QByteArray &oldLabel, const QByteArray &newLabel)
{
    return fileLine("--- ", oldLabel) + fileLine("+++ ", newLabel);
}

} // namespace clearroom::cli
