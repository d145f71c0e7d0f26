// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: a blob's bytes piece by piece, for blobs too large to hold.

#include "objectid.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

struct git_odb;

namespace clearroom::git::detail {

/// Reads one blob in pieces of at most 256 KiB, checking its id as it goes, as `git show`
/// streams a big blob. This is Clearroom's own because libgit2 1.5 cannot: its
/// git_odb_open_rstream works only for loose objects (the pack backend has no read
/// stream; git stores big files in packs whole, above core.bigFileThreshold) and does not
/// check the object's id, and every other read holds the whole object, so a 1 GB blob
/// would cost 1 GB of memory. This reads the repository's own loose objects and the
/// objects its packs store whole straight from the files, inflating them piece by piece.
/// Anything else (a delta, an object of an alternate) is read whole through libgit2, up
/// to WholeReadLimit. Nothing is ever written to the repository.
class BlobStreamer
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::BlobStreamer)

public:
    /// Receives the next piece; an error stops the reading and is returned as is.
    using Sink = std::function<Result<void>(const char *data, qsizetype size)>;

    /// The largest blob read whole where it cannot be streamed.
    static constexpr qint64 WholeReadLimit = qint64(256) * 1024 * 1024;

    /// `objectsDirectory` is the repository's own object folder; `odb` its libgit2 object
    /// database (for the fallback); `repositoryPath` names it in messages.
    BlobStreamer(git_odb *odb, QString objectsDirectory, QString repositoryPath);

    /// Passes the blob's content to `sink` in order. An error names the blob when it is
    /// missing, not a blob, or damaged: its compressed data broken, its size or its content
    /// not what its header and its id say. Pieces passed before a damage is found cannot be
    /// taken back: the caller must say so where they went.
    Result<void> stream(const ObjectId &blob, const Sink &sink) const;

private:
    enum class Found { Yes, No };
    Result<Found> streamPacked(const ObjectId &blob, const Sink &sink) const;
    Result<Found> streamLoose(const ObjectId &blob, const Sink &sink) const;
    Result<void> streamWhole(const ObjectId &blob, const Sink &sink) const;
    Error damaged(const ObjectId &blob, const QString &why) const;

    git_odb *m_odb;
    QString m_objectsDirectory;
    QString m_path;
};

} // namespace clearroom::git::detail
