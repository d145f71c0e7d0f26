// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom::git::detail::ObjectVerifier: objects whose content is their id pass, and of
// several whose content is not, the one submitted first is named, however many hashing
// threads the checks are spread over and whichever of them finishes first.
#include "libgit2.h"
#include "objectverifier.h"

#include <QTest>

#include <algorithm>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::git::detail;

namespace {

struct Blob
{
    ObjectId id;
    QByteArray content;
};

// `count` blobs of about 4 KB each, with their right ids.
QVector<Blob> blobs(int count)
{
    QVector<Blob> made;
    for (int i = 0; i < count; ++i) {
        QByteArray content;
        for (int line = 0; line < 100; ++line)
            content += "blob " + QByteArray::number(i) + ", line " + QByteArray::number(line)
                + " of forty bytes or so\n";
        git_oid oid;
        if (git_odb_hash(&oid, content.constData(), size_t(content.size()), GIT_OBJECT_BLOB) < 0)
            return {};
        made.append({ObjectId::fromRaw(oid.id), content});
    }
    return made;
}

} // namespace

class TestObjectVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ensureLibraryInitialised(); }

    void rightContentPasses()
    {
        const QVector<Blob> all = blobs(3000); // about 12 MB: dozens of batches
        QCOMPARE(all.size(), 3000);
        ObjectVerifier verifier;
        for (const Blob &blob : all)
            verifier.submit(blob.id, GIT_OBJECT_BLOB, blob.content);
        QVERIFY(!verifier.finish());
    }

    void theFirstWrongOneIsNamed_data()
    {
        QTest::addColumn<QVector<int>>("damaged");
        QTest::newRow("one") << QVector<int> {1700};
        QTest::newRow("two far apart") << QVector<int> {900, 2800};
        QTest::newRow("the last, then the first") << QVector<int> {2999, 0};
        QTest::newRow("in the same batch") << QVector<int> {1501, 1500};
    }

    void theFirstWrongOneIsNamed()
    {
        QFETCH(QVector<int>, damaged);
        QVector<Blob> all = blobs(3000);
        QCOMPARE(all.size(), 3000);
        for (const int i : damaged)
            all[i].content[10] = 'X';
        ObjectVerifier verifier;
        // Copies of the content, as a reader whose buffer goes on hands them over.
        for (const Blob &blob : all)
            verifier.submit(blob.id, GIT_OBJECT_BLOB, blob.content.constData(),
                            size_t(blob.content.size()));
        const int first = *std::min_element(damaged.cbegin(), damaged.cend());
        const std::optional<ObjectId> named = verifier.finish();
        QVERIFY(named);
        QCOMPARE(named->toHex(), all.at(first).id.toHex());
    }

    void aTypeOtherThanTheIdsIsWrong()
    {
        const QVector<Blob> one = blobs(1);
        ObjectVerifier verifier;
        verifier.submit(one.first().id, GIT_OBJECT_TREE, one.first().content);
        const std::optional<ObjectId> named = verifier.finish();
        QVERIFY(named);
        QCOMPARE(named->toHex(), one.first().id.toHex());
    }
};

QTEST_GUILESS_MAIN(TestObjectVerifier)
#include "tst_objectverifier.moc"
