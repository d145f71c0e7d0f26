// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "compat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>
#include <string_view>

namespace clearroom::review {

/// How serious a finding is, in the order auditors rank them.
enum class Severity { Info, Low, Medium, High, Critical };

/// Where a finding stands in its life.
enum class FindingStatus { Open, Confirmed, Disputed, FalsePositive, Fixed, AcceptedRisk };

/// How a location relates to the code after the review moved to another commit.
enum class AnchorState {
    Original, ///< recorded on this commit
    Exact, ///< the same lines at the same place
    Moved, ///< the same lines, at another line or in a renamed file
    Modified, ///< the lines were changed; the range is where they are now
    Orphaned, ///< the file or the lines are gone
};

// For sets of severities and statuses (the findings panel's filters).
inline compat::HashValue qHash(Severity severity, compat::HashValue seed = 0)
{
    return ::qHash(int(severity), seed);
}
inline compat::HashValue qHash(FindingStatus status, compat::HashValue seed = 0)
{
    return ::qHash(int(status), seed);
}

/// The names used in the workspace, the audit log, JSON and on the command line, and
/// the translated names shown to people.
class FindingNames
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::FindingNames)

public:
    static QString severityKey(Severity severity);
    static std::optional<Severity> severityFromKey(const QString &key);
    static QString severityText(Severity severity);
    static QString statusKey(FindingStatus status);
    /// Accepts "false-positive", "false positive" and "false_positive" alike.
    static std::optional<FindingStatus> statusFromKey(const QString &key);
    static QString statusText(FindingStatus status);
    static QString anchorKey(AnchorState state);
    static std::optional<AnchorState> anchorFromKey(const QString &key);
    static QString anchorText(AnchorState state);
    static QStringList severityKeys();
    static QStringList statusKeys();
};

/// A line range in one file of one commit, with what is needed to find it again later.
struct FindingLocation
{
    QByteArray path; ///< bytes, as in the tree
    QByteArray blobId; ///< 40 hex digits
    int startLine = 0; ///< 1-based, inclusive
    int endLine = 0;
    int startColumn = 0; ///< 1-based; 0 when the range is whole lines
    int endColumn = 0;
    /// SHA-256 (64 lowercase hex digits) of the exact bytes of the lines, newlines included.
    QByteArray excerptDigest;
    /// Up to ContextLines lines before and after the range, as bytes: for re-anchoring.
    QByteArray contextBefore;
    QByteArray contextAfter;
    AnchorState state = AnchorState::Original;

    static constexpr int ContextLines = 3;
    bool operator==(const FindingLocation &other) const;
};

/// One finding: an issue an auditor recorded on lines of the code under review.
struct Finding
{
    QString id; ///< a UUID, lower case, without braces
    QString repository; ///< the review's name for the repository
    QByteArray commit; ///< 40 hex digits: the commit the locations refer to
    QVector<FindingLocation> locations; ///< the first is the primary location
    QString title;
    Severity severity = Severity::Medium;
    int cwe = 0; ///< 0 when none
    FindingStatus status = FindingStatus::Open;
    QString description; ///< Markdown
    QString recommendation; ///< Markdown
    QString author;
    QString authorFingerprint;
    QDateTime created;
    QDateTime updated;
    /// Moves through which the locations were carried: 0 while on the original commit.
    int generation = 0;
    /// The worst state of the locations after the last move (Original before any).
    AnchorState anchorState = AnchorState::Original;

    const FindingLocation &primary() const { return locations.constFirst(); }
};

/// The changes of a finding's editable fields; unset ones stay as they are.
struct FindingChanges
{
    std::optional<QString> title;
    std::optional<Severity> severity;
    std::optional<int> cwe;
    std::optional<FindingStatus> status;
    std::optional<QString> description;
    std::optional<QString> recommendation;
    bool isEmpty() const
    {
        return !title && !severity && !cwe && !status && !description && !recommendation;
    }
};

/// A comment in the thread under a finding.
struct Comment
{
    QString id;
    QString findingId;
    QString author;
    QDateTime created;
    QString body; ///< Markdown
};

/// Lines of one file of one commit that a reviewer marked as reviewed.
struct CoverageRange
{
    qint64 id = 0;
    QString repository;
    QByteArray commit;
    QByteArray path;
    int startLine = 0;
    int endLine = 0;
    QString reviewer;
    QDateTime marked;
};

/// A new UUID in the form findings and comments use.
QString newUuid();
/// Times as stored: UTC, ISO 8601 with milliseconds and a 'Z'.
QString timeToText(const QDateTime &time);
QDateTime timeFromText(const QString &text);
/// The same from the text's UTF-8 bytes (as SQLite holds them), without a QString first.
QDateTime timeFromText(std::string_view text);

} // namespace clearroom::review
