// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"

#include <QBitArray>
#include <QByteArray>
#include <QVector>

namespace clearroom::review {

/// A compact, case-folded copy of the titles and descriptions of a list of findings, so
/// that the findings panel's text filter reads one contiguous buffer instead of every
/// finding's strings. Built where the findings are loaded (off the GUI thread), kept
/// beside them and answering for the same rows.
class FindingTextIndex
{
public:
    FindingTextIndex() = default;
    explicit FindingTextIndex(const QVector<Finding> &findings);

    /// The number of findings it was built over.
    qsizetype size() const { return m_starts.size(); }

    /// For each finding, whether its title or its description contains `text` ignoring
    /// case, exactly as QString::contains(text, Qt::CaseInsensitive) decides. `findings`
    /// must be those the index was built over (a needle with unpaired surrogates is
    /// looked for in them directly).
    QBitArray search(const QString &text, const QVector<Finding> &findings) const;

private:
    qsizetype rowAt(qsizetype offset) const;

    // Each field's characters folded as Qt folds them for comparisons, each UTF-16 unit
    // written as its UTF-8 bytes would be (so one unit is one self-delimiting sequence
    // and a byte match is a unit match), every field followed by a 0xFF byte that no
    // encoded needle holds: a match never spans two fields.
    QByteArray m_text;
    QVector<qsizetype> m_starts; ///< where each finding's title begins in m_text
};

} // namespace clearroom::review
