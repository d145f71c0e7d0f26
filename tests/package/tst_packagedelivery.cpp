// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The last steps of an export as the CLI and the export dialog take them: a package
// written and verified on the medium is recorded in its workspace, and the next package
// names it as its previous one; a failed write records nothing; a record that fails
// after the write says so.
#include "auditlog.h"
#include "auditverifier.h"
#include "database.h"
#include "exportstore.h"
#include "mediacalls.h"
#include "packagedelivery.h"
#include "packagefixture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cerrno>

using namespace clearroom;
using namespace clearroom::package;

namespace {

// A medium that is full from the first byte.
class FullMedium : public MediaCalls
{
public:
    ssize_t write(int, const char *, size_t) override
    {
        errno = ENOSPC;
        return -1;
    }
};

QJsonValue previousIn(const PackageBuilder &builder)
{
    return QJsonDocument::fromJson(builder.manifestBytes())
        .object()
        .value(QStringLiteral("previous_package_id"));
}

} // namespace

class TestPackageDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
    }

    void eachPackageNamesTheOneBefore()
    {
        review::Workspace &workspace = m_fixture->review().workspace();
        auto first = exportTo(QStringLiteral("first.crpkg"));
        QVERIFY2(first, qPrintable(first ? QString() : first.errorMessage()));
        QVERIFY(first->manifest.previousPackageId.isEmpty());

        auto recorded = workspace.exports().all();
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 1);
        const review::ExportRecord &one = recorded->constFirst();
        QCOMPARE(one.ordinal, 1);
        QCOMPARE(one.packageId, first->manifest.packageId);
        QCOMPARE(one.previousPackageId, QString());
        QCOMPARE(one.created, first->manifest.created);
        QCOMPARE(one.signerName, QStringLiteral("Ada Auditor"));
        QCOMPARE(one.signerFingerprint, first->signature.signer.fingerprint());
        // Only the file's name: the room's mount paths (and user names in them) stay in.
        QCOMPARE(one.fileName, QStringLiteral("first.crpkg"));
        QCOMPARE(one.size,
                 QFileInfo(m_fixture->review().filePath(QStringLiteral("first.crpkg"))).size());
        QCOMPARE(one.sha256, first->fileSha256);
        QCOMPARE(one.auditLogHead, first->manifest.auditLogHead);
        // The record is an entry of the log, chained like every other.
        auto entries = review::AuditLog::entriesAbout(workspace.database(), one.packageId);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const QJsonObject entry = QJsonDocument::fromJson(entries->constFirst().line).object();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(),
                 QStringLiteral("package.export"));
        QCOMPARE(entry.value(QStringLiteral("new"))
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString()
                     .toLatin1(),
                 first->fileSha256);
        QCOMPARE(*review::AuditLog::headHash(workspace.database()), entries->constFirst().hash);

        // The second package names the first, and carries the entry that recorded it.
        auto second = exportTo(QStringLiteral("second.crpkg"));
        QVERIFY2(second, qPrintable(second ? QString() : second.errorMessage()));
        QCOMPARE(second->manifest.previousPackageId, first->manifest.packageId);
        QVERIFY(second->manifest.packageId != first->manifest.packageId);
        QCOMPARE(second->manifest.auditLogHead, entries->constFirst().hash);
        recorded = workspace.exports().all();
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 2);
        QCOMPARE(recorded->at(1).ordinal, 2);
        QCOMPARE(recorded->at(1).previousPackageId, first->manifest.packageId);
        auto last = workspace.exports().last();
        QVERIFY(last && *last);
        QCOMPARE((*last)->packageId, second->manifest.packageId);

        auto verified = review::AuditVerifier::verify(workspace);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.errorMessage()));
    }

    void firstManifestSaysNull()
    {
        auto builder = m_fixture->builder(EgressPolicy::none());
        QVERIFY(builder);
        QVERIFY(previousIn(**builder).isNull());
        QVERIFY(exportTo(QStringLiteral("first.crpkg")));
        builder = m_fixture->builder(EgressPolicy::none());
        QVERIFY(builder);
        QVERIFY(previousIn(**builder).isString());
    }

    void failedWriteRecordsNothing()
    {
        review::Workspace &workspace = m_fixture->review().workspace();
        QVERIFY(exportTo(QStringLiteral("first.crpkg")));
        const qint64 entries = *review::AuditLog::size(workspace.database());
        auto before = workspace.exports().last();
        QVERIFY(before && *before);

        FullMedium full;
        const QString file = m_fixture->review().filePath(QStringLiteral("full.crpkg"));
        auto failed = exportTo(QStringLiteral("full.crpkg"), &full);
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(QStringLiteral("the medium is full")),
                 qPrintable(failed.errorMessage()));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(*review::AuditLog::size(workspace.database()), entries);
        auto all = workspace.exports().all();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);

        // The next package still names the last one written.
        auto builder = m_fixture->builder(EgressPolicy::none());
        QVERIFY(builder);
        QCOMPARE((*builder)->manifest().previousPackageId, (*before)->packageId);
    }

    void recordFailingAfterTheWriteSaysSo()
    {
        review::Workspace &workspace = m_fixture->review().workspace();
        {
            // The workspace refuses the record, as a full disk or a broken file would.
            auto database = review::Database::open(m_fixture->review().workspacePath());
            QVERIFY(database);
            QVERIFY(database->execute(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON package_export BEGIN "
                               "SELECT RAISE(ABORT, 'no room'); END")));
        }
        const qint64 entries = *review::AuditLog::size(workspace.database());
        const QString file = m_fixture->review().filePath(QStringLiteral("unrecorded.crpkg"));
        auto written = exportTo(QStringLiteral("unrecorded.crpkg"), nullptr, false);
        QVERIFY(written);
        auto recorded = PackageDelivery::record(workspace, file, *written);
        QVERIFY(!recorded);
        const QString message = recorded.errorMessage();
        QVERIFY2(message.startsWith(QStringLiteral("The package %1 (id %2) was written and "
                                                   "verified, but the workspace")
                                        .arg(file, written->manifest.packageId)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("no room")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("will name no previous package")),
                 qPrintable(message));
        QVERIFY(QFileInfo(file).isFile()); // the package stays: it is good
        QCOMPARE(*review::AuditLog::size(workspace.database()), entries);
        auto all = workspace.exports().all();
        QVERIFY(all);
        QVERIFY(all->isEmpty());
    }

private:
    // Builds, signs, writes and verifies a package of the fixture's review, and records it
    // (unless told not to), as `clearroom-cli export` does.
    Result<PackageVerdict> exportTo(const QString &name, MediaCalls *calls = nullptr,
                                    bool record = true)
    {
        auto builder = m_fixture->builder(EgressPolicy::none());
        if (!builder)
            return builder.error();
        auto archive = (*builder)->archive(m_fixture->identity(m_fixture->auditor()));
        if (!archive)
            return archive.error();
        const QString file = m_fixture->review().filePath(name);
        auto verdict = PackageDelivery::writeAndVerify(
            file, *archive, TrustConfiguration::fromStore(m_fixture->trust()), {}, {}, calls);
        if (!verdict || !record)
            return verdict;
        if (auto recorded
            = PackageDelivery::record(m_fixture->review().workspace(), file, *verdict);
            !recorded)
            return recorded.error();
        return verdict;
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
};

QTEST_MAIN(TestPackageDelivery)
#include "tst_packagedelivery.moc"
