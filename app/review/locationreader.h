// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "objectid.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace clearroom::git {
class Repository;
}

namespace clearroom::review {

/// The lines of a file as offsets: line n (1-based) is bytes [start(n), start(n + 1)).
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &content);
    int lineCount() const { return int(m_starts.size()) - 1; }
    /// Lines first..last (1-based, inclusive), newlines included; clamped to the file.
    QByteArray lines(const QByteArray &content, int first, int last) const;
    /// Whether a line holds nothing but white space.
    bool isBlank(const QByteArray &content, int line) const;

private:
    QVector<qsizetype> m_starts;
};

/// A file of a commit, read for a finding or a coverage mark: checks that the path is a
/// text file of the commit and the lines lie within it.
class LocationReader
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::LocationReader)

public:
    struct File
    {
        QByteArray path;
        git::ObjectId blob;
        QByteArray content;
    };

    explicit LocationReader(const git::Repository &repository);

    /// The text file at `path` in `commit`; an error naming the path and commit when it
    /// is missing, a folder, a submodule, a symbolic link or binary.
    Result<File> file(const git::ObjectId &commit, const QByteArray &path) const;
    /// The location of lines start..end of `path` in `commit`.
    Result<FindingLocation> read(const git::ObjectId &commit, const QByteArray &path, int startLine,
                                 int endLine) const;
    /// The location of lines start..end of a file already read; the lines must lie
    /// within it.
    static Result<FindingLocation> locate(const File &file, int startLine, int endLine);
    /// Lines `lines` of a file already read (all of them when not given), checked to lie
    /// within it; an empty file has none to give.
    static Result<std::pair<int, int>> lineRange(const File &file,
                                                 std::optional<std::pair<int, int>> lines);
    /// Parses "A-B" or "A" (1-based lines).
    static Result<std::pair<int, int>> parseLines(const QString &text);

private:
    const git::Repository &m_repository;
};

} // namespace clearroom::review
