// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "certificate.h"
#include "identity.h"
#include "manifest.h"
#include "reviewcollector.h"
#include "zipwriter.h"

#include <QCoreApplication>

#include <memory>

namespace clearroom::package {

class EntrySpool;

/// Makes a review package from what was collected: every entry, the manifest over them,
/// and (once the signer confirmed) the signed, deterministic archive. The same collected
/// review, signer certificate and time give the same entries and manifest, byte for
/// byte; only the signature differs (its signing time and the ECDSA nonce).
///
/// Memory: build() makes each entry once, puts it into an EntrySpool (a temporary file
/// without a name) noting its size and SHA-256 for the manifest, and lets it go; the
/// archive copies each from the spool piece by piece when its turn to be written comes.
/// findings.json, findings.sarif and report.html go into the spool a few findings at a
/// time as they are made. So an export holds the collected review, at most one entry
/// (report.pdf, laid out meanwhile on a thread of its own; the audit log, which the
/// collected review holds anyway) and a piece of another, not the whole package.
class PackageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PackageBuilder)

public:
    PackageBuilder(CollectedReview collected, crypto::Certificate signer, QDateTime created,
                   QString previousPackageId = {});

    /// The folder of the temporary file that holds the entries from build() until they
    /// are written (the system's temporary folder unless set): the workspace's own folder
    /// keeps them where the review's data is anyway, and off a RAM-backed /tmp.
    void setSpoolFolder(const QString &folder) { m_spoolFolder = folder; }

    /// Makes every entry once (into the spool), their sizes and digests and the manifest
    /// (no signature yet): what the preview shows.
    Result<void> build();

    const PackageContent &content() const { return m_collected.content; }
    const CollectedReview &collected() const { return m_collected; }
    /// Every entry but the manifest and its signature, in the byte order of their names,
    /// with the size and SHA-256 the manifest lists.
    const QVector<ManifestEntry> &entries() const { return m_manifest.entries; }
    /// The bytes of the entry `name` (one of entries()) as build() made them, read whole
    /// from the spool.
    Result<QByteArray> entry(const QString &name) const;
    const Manifest &manifest() const { return m_manifest; }
    QByteArray manifestBytes() const { return m_manifestBytes; }
    /// The size of the archive without its signature (which adds about 2 KB).
    qint64 unsignedSize() const;

    /// Signs the manifest with `identity` (whose certificate must be the signer's) and
    /// returns the archive, ready to be written. It copies each entry from the spool
    /// while it is written (it shares the spool, so it may outlive this builder).
    Result<ZipWriter> archive(const crypto::Identity &identity) const;

    /// The package id: derived from what the package stands for, so that the same state
    /// exported at the same time by the same signer gets the same id (RFC 9562 UUIDv8).
    static QString packageId(const CollectedReview &collected, const crypto::Certificate &signer,
                             const QDateTime &created);
    static QString meaning(PackageKind kind);
    /// A manifest of `kind` describing the package `content` is made for: its ids, time,
    /// review, the tool's build, the signer and the meaning of the signature (the rest is
    /// the caller's).
    static Manifest manifestOf(PackageKind kind, const PackageContent &content);

private:
    CollectedReview m_collected;
    crypto::Certificate m_signer;
    QDateTime m_created;
    QString m_previousPackageId;
    Manifest m_manifest;
    QByteArray m_manifestBytes;
    QString m_spoolFolder;
    std::shared_ptr<EntrySpool> m_spool; ///< the entries build() made
};

} // namespace clearroom::package
