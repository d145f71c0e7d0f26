// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "certificate.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace clearroom::package {

/// One file of a package as the manifest lists it.
struct ManifestEntry
{
    QString path;
    qint64 size = 0;
    QByteArray sha256; ///< 64 lowercase hex digits
};

/// What kind of package a manifest describes, and so which role must have signed it.
enum class PackageKind { Review, Consolidated };

/// A source package inside a consolidated package: an auditor's review package, kept
/// byte-identical under `sources/`, with what the lead's Clearroom found when it
/// verified it.
struct ManifestSource
{
    QString path; ///< the entry, "sources/<package id>.crpkg"
    QString packageId;
    QByteArray sha256; ///< of the whole source package (the entry's digest)
    QJsonObject signer; ///< name, subject, fingerprint, as verified
    QDateTime signedAt; ///< the signing time its signature states
    QDateTime verifiedAt; ///< when the lead's Clearroom verified it
    QStringList notices; ///< what verification noted (e.g. a certificate expired since)

    static QString pathFor(const QString &packageId)
    {
        return QStringLiteral("sources/") + packageId + QStringLiteral(".crpkg");
    }
};

/// `manifest.json`: what a package is, who signed it and what for, and the size and
/// SHA-256 of every other entry. It is the signed content, so it is written in one
/// canonical form (sorted keys, no white space, no floats, one final newline) and read
/// only in that form: two readers can never see two different manifests in it.
struct Manifest
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::Manifest)

public:
    static constexpr int FormatVersion = 1;
    static QString fileName() { return QStringLiteral("manifest.json"); }
    static QString signatureFileName() { return QStringLiteral("manifest.json.p7s"); }

    PackageKind kind = PackageKind::Review;
    QString packageId;
    QString previousPackageId; ///< empty when this is the review's first package
    QDateTime created;
    QJsonObject review; ///< id, name
    QJsonObject tool; ///< name, version, qt, highlighting
    QJsonObject signer; ///< name, subject, fingerprint
    QString meaning;
    QJsonArray repositories;
    QJsonObject egressPolicy;
    QByteArray auditLogHead;
    QJsonObject summary; ///< counts of findings by severity and status
    QVector<ManifestEntry> entries; ///< sorted by path
    /// The source packages of a consolidated package (also listed among the entries),
    /// sorted by path; a review package has none.
    QVector<ManifestSource> sources;

    static QString typeName(PackageKind kind);
    static crypto::Role requiredRole(PackageKind kind);

    /// Puts the entries in the byte order of their paths, as the package lists and
    /// stores them.
    void sortEntries();
    QByteArray toBytes() const;
    /// Reads a manifest strictly: canonical form, known type and version, every field of
    /// the right kind, entries with safe unique paths, sizes and digests.
    static Result<Manifest> parse(const QByteArray &bytes);
    /// The entry of that path, or null.
    const ManifestEntry *entry(const QString &path) const;

private:
    static Result<void> parseSources(const QJsonObject &object, Manifest &manifest);
};

} // namespace clearroom::package
