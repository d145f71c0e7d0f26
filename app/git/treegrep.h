// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "linematcher.h"
#include "objectid.h"
#include "pathspec.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace clearroom::git {

/// One line a search selected.
struct GrepLine
{
    qint64 number = 0; ///< from 1
    QByteArray text; ///< without its newline; a carriage return stays
};

/// What a search found in one file.
struct GrepFileMatches
{
    QByteArray path; ///< from the top of the searched tree, bytes as stored
    ObjectId blob;
    /// git's rule (a NUL in the first 8,000 bytes): lines are not kept, unless the
    /// search treats binary files as text.
    bool isBinary = false;
    /// Selected lines: all of them, or 1 when the search stops at a file's first.
    qint64 lineCount = 0;
    QVector<GrepLine> lines; ///< with GrepDetail::Lines, for text
};

/// How much a search reports of each file.
enum class GrepDetail {
    Lines, ///< every selected line (a binary file: only that it matches)
    Count, ///< the number of selected lines
    FirstMatch, ///< only whether a line is selected: each file stops at its first
};

/// What a search does with binary files (git's default, -a, -I).
enum class GrepBinaryFiles { ReportMatch, AsText, Skip };

/// Searches the files of a tree for lines, as `git grep PATTERN TREE -- PATHSPEC` does:
/// regular and executable files in git's path order; symbolic links and submodules are
/// skipped, as git skips them. Blobs are read on worker threads, each with its own
/// Repository; results reach the caller in path order, whatever order the workers
/// finish in. run() blocks: call it from a worker thread, never the GUI thread.
class TreeGrep
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::TreeGrep)

public:
    struct Summary
    {
        qint64 filesTotal = 0; ///< files the pathspec includes
        qint64 filesSearched = 0; ///< of them, delivered before the search ended
        qint64 filesMatched = 0;
        bool cancelled = false; ///< the cancel flag was raised
        bool stopped = false; ///< the caller's onFile returned false
    };

    /// `repositoryPath` as Repository::open takes it; `tree` a tree object in it.
    TreeGrep(QString repositoryPath, ObjectId tree, SearchPattern pattern, Pathspec pathspec = {});

    void setDetail(GrepDetail detail) { m_detail = detail; }
    void setBinaryFiles(GrepBinaryFiles binaryFiles) { m_binaryFiles = binaryFiles; }
    /// Worker threads reading blobs (default 2); each opens its own Repository.
    void setThreadCount(int threads) { m_threads = threads < 1 ? 1 : threads; }
    /// Raised from any thread, it ends the search after the files under way.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    /// Called on the thread of run() after each file: files delivered, files in all.
    void setProgressCallback(std::function<void(qint64 searched, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }

    /// Searches the tree. `onFile` is called on the calling thread for each file with a
    /// selected line, in git's path order; returning false ends the search (not an error).
    /// An unreadable tree or blob, or an invalid pattern, ends it with an error.
    Result<Summary> run(const std::function<bool(const GrepFileMatches &)> &onFile);

    /// Searches one file's content as run() searches each file.
    static Result<GrepFileMatches> searchContent(const LineMatcher &matcher, const char *data,
                                                 qsizetype size, GrepDetail detail,
                                                 GrepBinaryFiles binaryFiles);

private:
    class SearchRun;

    QString m_repositoryPath;
    ObjectId m_tree;
    SearchPattern m_pattern;
    Pathspec m_pathspec;
    GrepDetail m_detail = GrepDetail::Lines;
    GrepBinaryFiles m_binaryFiles = GrepBinaryFiles::ReportMatch;
    int m_threads = 2;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace clearroom::git
