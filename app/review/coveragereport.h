// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "coveragestore.h"
#include "locationreader.h"
#include "objectid.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>

namespace clearroom::git {
class Repository;
}

namespace clearroom::review {

/// How much of one file was reviewed; blank lines count for neither side.
struct FileCoverage
{
    QByteArray path;
    int lines = 0; ///< lines that are not blank
    int reviewedLines = 0; ///< of those, lines marked reviewed
    bool isReviewed() const { return lines > 0 && reviewedLines == lines; }
    bool isPartial() const { return reviewedLines > 0 && reviewedLines < lines; }
};

/// Coverage of a folder or of the whole review.
struct CoverageTotals
{
    int files = 0; ///< text files with at least one line that is not blank
    int reviewedFiles = 0;
    int partialFiles = 0;
    qint64 lines = 0;
    qint64 reviewedLines = 0;
    double linePercent() const { return lines ? 100.0 * double(reviewedLines) / double(lines) : 0; }
    double filePercent() const { return files ? 100.0 * double(reviewedFiles) / double(files) : 0; }
    void add(const FileCoverage &file);
    void remove(const FileCoverage &file);
};

/// The review coverage of one commit: each text file's reviewed lines, rolled up per
/// folder and for the whole commit.
class CoverageReport
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::CoverageReport)

public:
    /// Sees a text file of the commit: its path, blob id, content and the index of its
    /// lines (made for measuring it anyway).
    using TextVisitor = std::function<void(const QByteArray &path, const git::ObjectId &blob,
                                           const QByteArray &content, const LineIndex &lines)>;
    /// Reads every file of the commit (binary files and files of blank lines do not count).
    /// `visitText`, when given, sees each text file on the way (so that an export reads
    /// the commit once).
    static Result<CoverageReport> compute(const git::Repository &repository,
                                          const git::ObjectId &commit,
                                          const QVector<CoverageRange> &ranges,
                                          const std::atomic_bool *cancel = nullptr,
                                          const TextVisitor &visitText = {});
    /// Non-blank lines of a text, and how many of them the spans cover.
    static FileCoverage measure(const QByteArray &content, const QVector<LineSpan> &reviewed);
    /// The same, with the text's lines indexed already.
    static FileCoverage measure(const QByteArray &content, const LineIndex &index,
                                const QVector<LineSpan> &reviewed);

    const QVector<FileCoverage> &files() const { return m_files; }
    const CoverageTotals &total() const { return m_total; }
    /// Totals per folder ("" is the top), for every folder with a counted file.
    const QHash<QByteArray, CoverageTotals> &folders() const { return m_folders; }
    /// The coverage of one file, or null when it does not count.
    const FileCoverage *file(const QByteArray &path) const;
    /// Updates one file's reviewed lines (after a mark) without reading the others again.
    void updateFile(const QByteArray &path, const QByteArray &content,
                    const QVector<LineSpan> &reviewed);

private:
    void addToTotals(const FileCoverage &file, bool add);
    QVector<FileCoverage> m_files;
    CoverageTotals m_total;
    QHash<QByteArray, CoverageTotals> m_folders;
};

} // namespace clearroom::review
