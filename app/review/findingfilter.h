// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "findingtextindex.h"

#include <QBitArray>
#include <QString>
#include <QVector>

namespace clearroom::review {

/// Which findings a findings panel shows. Every criterion that is set must hold; an
/// empty one (no severities, an empty text) holds for every finding.
struct FindingFilter
{
    QVector<Severity> severities; ///< any of these
    QVector<FindingStatus> statuses; ///< any of these
    /// Part of the path of one of the finding's current locations, ignoring the case of
    /// ASCII letters (paths are bytes; this is their UTF-8).
    QString path;
    /// The author's name exactly, as the panel offers the authors it has.
    QString author;
    /// Part of the title or the description (Markdown source), ignoring case.
    QString text;

    bool isEmpty() const;
    bool matches(const Finding &finding) const;
    /// matches() for each of `findings`, the text looked up in `index` (built over the
    /// same findings; if it was not, each finding is read instead).
    QBitArray matching(const QVector<Finding> &findings, const FindingTextIndex &index) const;

private:
    bool matchesExceptText(const Finding &finding) const;
};

} // namespace clearroom::review
