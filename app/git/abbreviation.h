// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace clearroom::git {

class Repository;

/// Shortens object ids as git does by default: to the length the repository's config
/// asks for (core.abbrev), or else to one that grows with the number of objects, and
/// further wherever another object shares the prefix. Not thread-safe, like Repository.
class Abbreviator
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::Abbreviator)

public:
    /// Reads core.abbrev and the pack indexes; an error when core.abbrev is not one git
    /// accepts.
    static Result<Abbreviator> create(const Repository &repository);

    /// The length every abbreviation has at least.
    int minimumLength() const { return m_minimumLength; }

    /// The shortest prefix of at least minimumLength() hex digits that no other object
    /// in the repository (its alternates included) starts with.
    Result<QByteArray> abbreviate(const ObjectId &id);

private:
    Abbreviator(const Repository &repository, int minimumLength);

    const Repository *m_repository;
    int m_minimumLength;
    QHash<ObjectId, QByteArray> m_done;
};

/// git's automatic abbreviation length for a repository of `objects` packed objects:
/// the bits needed to count them, halved and rounded up to hex digits, at least 7.
int automaticAbbreviationLength(quint64 objects);

/// git's approximate object count: the objects listed in the pack indexes (a
/// multi-pack index counts for the packs it covers) of `objectsDirectory` and of its
/// alternates. Loose objects do not count.
quint64 approximateObjectCount(const QString &objectsDirectory);

} // namespace clearroom::git
