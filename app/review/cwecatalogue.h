// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace clearroom::review {

/// One weakness of MITRE's Common Weakness Enumeration, as the catalogue lists it.
struct CweEntry
{
    int id = 0;
    QString name;
    /// Pillar, Class, Base, Variant or Compound.
    QString abstraction;
    /// Stable, Draft, Incomplete or Deprecated.
    QString status;
    QString description;
};

/// The CWE weaknesses compiled into Clearroom, so that a finding can name its weakness
/// class in an air-gapped room. Immutable once loaded; safe to read from any thread.
class CweCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::CweCatalogue)

public:
    /// The catalogue compiled into clearroom_review, loaded on first use.
    static const CweCatalogue &instance();
    /// Reads the catalogue's tab-separated form: an attribution comment ('#' and a text
    /// naming "version N.N"), the header line, then one weakness a line.
    static Result<CweCatalogue> parse(const QByteArray &tsv);

    std::optional<CweEntry> find(int id) const;
    bool contains(int id) const;
    /// At most limit weaknesses for what a user typed: "79", "CWE-79" or "cwe79" finds
    /// CWE-79 first and then the ids starting with those digits; any text finds the names
    /// containing it, ignoring case, where it starts a word before where it does not,
    /// deprecated weaknesses last, each group by id.
    QVector<CweEntry> search(const QString &text, int limit = 50) const;
    /// The CWE version the catalogue comes from, "4.15".
    QString version() const { return m_version; }
    /// MITRE's attribution, to be shown wherever the catalogue's text is.
    QString attribution() const { return m_attribution; }
    int size() const { return int(m_entries.size()); }
    /// Every weakness, by id.
    const QVector<CweEntry> &entries() const { return m_entries; }

private:
    CweCatalogue() = default;
    static CweCatalogue loadCompiledIn();
    const CweEntry *entry(int id) const;

    QVector<CweEntry> m_entries; // sorted by id
    QString m_version;
    QString m_attribution;
};

} // namespace clearroom::review
