// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "certificate.h"
#include "identity.h"
#include "manifest.h"
#include "reviewcollector.h"
#include "zipwriter.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace clearroom::package {

/// Makes a review package from what was collected: every entry, the manifest over them,
/// and (once the signer confirmed) the signed, deterministic archive. The same collected
/// review, signer certificate and time give the same entries and manifest, byte for
/// byte; only the signature differs (its signing time and the ECDSA nonce).
///
/// Memory: build() makes each entry, notes its size and SHA-256 for the manifest and lets
/// it go (all but report.pdf, whose layout is too slow to do twice); the archive makes
/// each again when its turn to be written comes, and refuses one whose bytes differ from
/// those the manifest lists. So an export holds the collected review, the PDF and one
/// other entry at a time, not the whole package.
class PackageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PackageBuilder)

public:
    PackageBuilder(CollectedReview collected, crypto::Certificate signer, QDateTime created,
                   QString previousPackageId = {});

    /// Makes the entries' sizes and digests and the manifest (no signature yet): what
    /// the preview shows.
    Result<void> build();

    const PackageContent &content() const { return m_collected->content; }
    const CollectedReview &collected() const { return *m_collected; }
    /// Every entry but the manifest and its signature, in the byte order of their names,
    /// with the size and SHA-256 the manifest lists.
    const QVector<ManifestEntry> &entries() const { return m_manifest.entries; }
    /// The bytes of the entry `name` (one of entries()), made again as archive() makes them.
    Result<QByteArray> entry(const QString &name) const;
    const Manifest &manifest() const { return m_manifest; }
    QByteArray manifestBytes() const { return m_manifestBytes; }
    /// The size of the archive without its signature (which adds about 2 KB).
    qint64 unsignedSize() const;

    /// Signs the manifest with `identity` (whose certificate must be the signer's) and
    /// returns the archive, ready to be written. It makes each entry again while it is
    /// written (it shares the collected review, so it may outlive this builder) and fails
    /// on an entry that does not come out as the manifest lists it.
    Result<ZipWriter> archive(const crypto::Identity &identity) const;

    /// The package id: derived from what the package stands for, so that the same state
    /// exported at the same time by the same signer gets the same id (RFC 9562 UUIDv8).
    static QString packageId(const CollectedReview &collected, const crypto::Certificate &signer,
                             const QDateTime &created);
    static QString meaning(PackageKind kind);

private:
    std::shared_ptr<CollectedReview> m_collected;
    crypto::Certificate m_signer;
    QDateTime m_created;
    QString m_previousPackageId;
    Manifest m_manifest;
    QByteArray m_manifestBytes;
    QHash<QString, QByteArray> m_kept; ///< the entries made once (see EntryMaker::kept)
};

} // namespace clearroom::package
