// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "identity.h"
#include "packagebuilder.h"
#include "reviewfixture.h"
#include "testpki.h"
#include "truststore.h"

#include <QMap>

#include <functional>
#include <memory>

namespace clearroom::test {

/// A review with findings (one with a comment, one with pasted code in its description)
/// and coverage, an authority with an auditor, and the package made of them.
class PackageFixture
{
public:
    static QDateTime fixedTime() { return QDateTime(QDate(2026, 11, 2), QTime(10, 30), Qt::UTC); }

    /// Null, with the reason logged, when anything failed.
    static std::unique_ptr<PackageFixture> created();

    ReviewFixture &review() { return *m_review; }
    TestPki &pki() { return *m_pki; }
    const IssuedIdentity &auditor() const { return m_auditor; }
    crypto::Identity identity(const IssuedIdentity &issued) const;
    crypto::TrustStore trust() const;

    /// The package built under `policy` at fixedTime(), before signing.
    Result<std::unique_ptr<package::PackageBuilder>> builder(const package::EgressPolicy &policy);
    /// The signed archive's bytes; signed with `signer` when given.
    Result<QByteArray> archive(const package::EgressPolicy &policy,
                               const IssuedIdentity *signer = nullptr);
    /// The package as `signer` exports it: built for its certificate and signed by it.
    Result<QByteArray> archiveBy(const package::EgressPolicy &policy, const IssuedIdentity &signer,
                                 const QString &previousPackageId = {});
    /// A consolidated package holding `sources` (package files) byte-identical, signed by
    /// `lead`. `tweak` may change the manifest and the other entries before signing, as a
    /// hostile lead would.
    using Tweak = std::function<void(package::Manifest &, QMap<QByteArray, QByteArray> &)>;
    Result<QByteArray> consolidatedArchive(const QVector<QByteArray> &sources,
                                           const IssuedIdentity &lead, const Tweak &tweak = {});
    /// Writes bytes into the fixture's folder and returns the path.
    QString save(const QString &name, const QByteArray &bytes) const;
    /// The authority's trust configuration folder `name` in the fixture's folder, made as
    /// the README's recipe makes it and signed by `officer`: the CA, a CRL of what the
    /// test authority revoked, a roster of `members` (identity, "auditor" or "lead") and,
    /// when given, the egress policy.
    struct Member
    {
        IssuedIdentity identity;
        QString role;
    };
    QString trustFolder(const QString &name, const IssuedIdentity &officer,
                        const QVector<Member> &members, const QByteArray &policy = {});

private:
    std::unique_ptr<ReviewFixture> m_review;
    ScratchDirectory m_pkiDirectory;
    std::unique_ptr<TestPki> m_pki;
    IssuedIdentity m_auditor;
};

/// Every entry a builder lists (but the manifest and signature), made again, by name.
QMap<QString, QByteArray> entriesOf(const package::PackageBuilder &builder);
/// Every entry of an archive, by name (through the strict reader).
QMap<QByteArray, QByteArray> readEntries(const QString &fileName);
/// An archive of those entries, exactly as given (for hostile packages).
QByteArray zipOf(const QMap<QByteArray, QByteArray> &entries);

} // namespace clearroom::test
