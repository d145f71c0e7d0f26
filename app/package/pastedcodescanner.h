// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <vector>

namespace clearroom::package {

/// A run of lines of free text that appear verbatim in the reviewed code.
struct PastedRun
{
    int firstLine = 0; ///< 1-based lines of the text
    int lastLine = 0;
    QString lines; ///< the run itself, for the preview
};

/// Finds the vendor's code pasted into free text (titles, descriptions, comments): pasted
/// code is code, and must be seen before it leaves the room. The reviewed files are
/// indexed once; a text is flagged where three or more consecutive lines of it are
/// consecutive lines of some file, or where one long line is a line of some file.
/// Lines are compared with their surrounding white space removed (indentation changes
/// when pasted), and blank lines are skipped on both sides.
class PastedCodeScanner
{
public:
    static constexpr int RunLength = 3;
    /// A line at least this long (without surrounding white space) counts on its own.
    static constexpr int LongLine = 60;

    /// Indexes one file of the reviewed code.
    void addFile(const QByteArray &content);
    /// The runs of `text` found in the indexed files, in order, overlapping runs merged.
    /// The first scan after files were added sorts the index (so a scanner is not shared
    /// between threads while it is filled).
    QVector<PastedRun> scan(const QString &text) const;
    bool isEmpty() const { return m_windows.empty() && m_longLines.empty(); }

private:
    void sort() const;
    bool contains(const std::vector<quint64> &hashes, quint64 hash) const;

    // 64-bit hashes (std::hash of the bytes) rather than the lines themselves, in sorted
    // arrays rather than hash sets: the index of a large repository stays eight bytes per
    // line, made without an allocation per line; a collision only flags a text.
    mutable std::vector<quint64> m_windows; ///< every RunLength consecutive non-blank lines
    mutable std::vector<quint64> m_longLines;
    mutable bool m_sorted = true;
};

} // namespace clearroom::package
