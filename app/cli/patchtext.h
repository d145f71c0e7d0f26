// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "linediff.h"

#include <QByteArray>

namespace clearroom::cli {

/// Writes one file's hunks in git's patch format as the line diff makes them, after the
/// file's header, which is written only with a first hunk.
class PatchText : public git::LineDiffVisitor
{
public:
    PatchText(QByteArray &out, QByteArray header);

    void hunk(const git::DiffHunk &hunk) override;
    void line(git::DiffLine::Kind kind, const char *text, qsizetype size) override;
    void missingNewline() override;

    /// Whether there was a hunk (and the header was written).
    bool started() const { return m_started; }

    /// git's "--- a/x" and "+++ b/x" lines; a label with a space gets a tab after it (for
    /// GNU patch).
    static QByteArray fileLines(const QByteArray &oldLabel, const QByteArray &newLabel);

private:
    QByteArray &m_out;
    QByteArray m_header;
    bool m_started = false;
};

} // namespace clearroom::cli
