// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// Making a review package: what leaves under each egress policy, determinism, the
// manifest's one canonical form, and that the result verifies.
#include "findingstore.h"
#include "manifest.h"
#include "packagefixture.h"
#include "packageverifier.h"
#include "pastedcodescanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

#include <random>

using namespace clearroom;
using namespace clearroom::package;

namespace {

EgressPolicy policy(const QByteArray &json)
{
    auto parsed = EgressPolicy::fromJson(json, QStringLiteral("test policy"));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.errorMessage()));
    return *parsed;
}

bool anyEntryContains(const QMap<QString, QByteArray> &entries, const QByteArray &text)
{
    for (const QByteArray &bytes : entries) {
        if (bytes.contains(text))
            return true;
    }
    return false;
}

// Another language for the report's words only.
class ReportLanguage : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "clearroom::package::ReportWriter") == 0)
            return QString::fromUtf8(sourceText).toUpper();
        return {};
    }
};

} // namespace

class TestPackageBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
    }

    void noPolicyLetsNoCodeLeave()
    {
        auto builder = m_fixture->builder(EgressPolicy::none());
        QVERIFY2(builder, qPrintable(builder ? QString() : builder.errorMessage()));
        const auto entries = test::entriesOf(**builder);
        QCOMPARE(entries.keys(),
                 (QStringList {QStringLiteral("audit-log.jsonl"), QStringLiteral("coverage.json"),
                               QStringLiteral("findings.json"), QStringLiteral("findings.sarif"),
                               QStringLiteral("report.html"), QStringLiteral("report.pdf")}));
        // Lines of the reviewed files appear nowhere (the pasted description aside,
        // which is util.c's, and leaves as the auditor wrote it).
        for (int line = 1; line <= 20; ++line)
            QVERIFY2(!anyEntryContains(entries, "int main_" + QByteArray::number(line) + " ="),
                     qPrintable(QString::number(line)));
        const QJsonObject findings
            = QJsonDocument::fromJson(entries.value(QStringLiteral("findings.json"))).object();
        for (const QJsonValue &finding : findings.value(QStringLiteral("findings")).toArray())
            QCOMPARE(finding.toObject().value(QStringLiteral("excerpts")).toArray().size(), 0);
        const QJsonObject manifest = QJsonDocument::fromJson((*builder)->manifestBytes()).object();
        QCOMPARE(manifest.value(QStringLiteral("egress_policy")).toObject(),
                 (QJsonObject {{QStringLiteral("excerpts"), QStringLiteral("none")},
                               {QStringLiteral("sha256"), QJsonValue::Null}}));
    }

    void findingLinesLeaveAlone()
    {
        auto builder = m_fixture->builder(
            policy(R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})"));
        QVERIFY(builder);
        const auto entries = test::entriesOf(**builder);
        for (int line = 1; line <= 20; ++line) {
            const bool inside = line >= 5 && line <= 7;
            QCOMPARE(anyEntryContains(entries, "int main_" + QByteArray::number(line) + " ="),
                     inside);
        }
        const PackageFinding &finding
            = (*builder)->content().findings.at(1); // medium after critical
        QCOMPARE(finding.excerpts.size(), 1);
        QCOMPARE(finding.excerpts.first().firstLine, 5);
        QCOMPARE(finding.excerpts.first().lines,
                 (QVector<QByteArray> {"int main_5 = 5;", "int main_6 = 6;", "int main_7 = 7;"}));
        // The withheld free text may leave beside the log; context lines (3 each side) may not.
        QVERIFY(entries.contains(QStringLiteral("audit-values.jsonl")));
        QVERIFY(!entries.value(QStringLiteral("audit-values.jsonl")).contains("int main_4"));
        QVERIFY(
            entries.value(QStringLiteral("audit-values.jsonl")).contains("Confirmed by a test."));
    }

    void contextLinesLeaveAsAllowed()
    {
        auto builder = m_fixture->builder(policy(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"context","context_lines":2})"));
        QVERIFY(builder);
        const Excerpt excerpt = (*builder)->content().findings.at(1).excerpts.first();
        QCOMPARE(excerpt.firstLine, 3);
        QCOMPARE(excerpt.lastLine(), 9);
        QCOMPARE(excerpt.findingFirstLine, 5);
        QCOMPARE(excerpt.findingLastLine, 7);
        const auto entries = test::entriesOf(**builder);
        QVERIFY(!anyEntryContains(entries, "int main_2 ="));
        QVERIFY(!anyEntryContains(entries, "int main_10 ="));
        // Two lines of context are fewer than the log's three: context values stay withheld.
        QVERIFY(!entries.value(QStringLiteral("audit-values.jsonl")).contains("int main_4"));

        auto wide = m_fixture->builder(policy(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"context","context_lines":3})"));
        QVERIFY(wide);
        QVERIFY(test::entriesOf(**wide)
                    .value(QStringLiteral("audit-values.jsonl"))
                    .contains("int main_4"));
    }

    void excerptsComeFromTheBlobsTheFindingsName()
    {
        // Findings in one file share its reading; a finding on another commit than the
        // reviewed one (a blob the coverage does not read) still gets its own lines.
        auto fixture = test::PackageFixture::created();
        QVERIFY(fixture);
        test::ReviewFixture &review = fixture->review();
        auto same = review.add("src/main.c", 10, 11, QStringLiteral("Same file"));
        QVERIFY2(same, qPrintable(same ? QString() : same.errorMessage()));
        auto other = test::findingDraft(review.repository(), test::ReviewFixture::repositoryName(),
                                        review.commit("main"), "src/main.c", 1, 2,
                                        QStringLiteral("Other commit"));
        QVERIFY(other);
        auto added = review.workspace().findings().add(*other);
        QVERIFY2(added, qPrintable(added ? QString() : added.errorMessage()));
        auto builder = fixture->builder(
            policy(R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})"));
        QVERIFY(builder);
        QHash<QString, QVector<QByteArray>> linesOf;
        for (const PackageFinding &packaged : (*builder)->content().findings)
            linesOf.insert(packaged.finding.title, packaged.excerpts.value(0).lines);
        QCOMPARE(linesOf.value(QStringLiteral("Same file")),
                 (QVector<QByteArray> {"int main_10 = 10;", "int main_11 = 11;"}));
        QCOMPARE(linesOf.value(QStringLiteral("Other commit")),
                 (QVector<QByteArray> {"// header 1", "// header 2"}));
        QCOMPARE(linesOf.value(QStringLiteral("Unchecked <input> & \"quotes\"")),
                 (QVector<QByteArray> {"int main_5 = 5;", "int main_6 = 6;", "int main_7 = 7;"}));
    }

    void pastedCodeIsFlagged()
    {
        auto builder = m_fixture->builder(EgressPolicy::none());
        QVERIFY(builder);
        const auto &flagged = (*builder)->collected().flagged;
        QCOMPARE(flagged.size(), 1);
        QCOMPARE(flagged.first().field, QStringLiteral("description"));
        QCOMPARE(flagged.first().run.firstLine, 3);
        QCOMPARE(flagged.first().run.lastLine, 5);
    }

    // An index of a repository's size (over a hundred thousand windows, sorted by digits
    // rather than std::sort): every run pasted from anywhere in it is found, at its lines,
    // and lines of no file are not.
    void pastedCodeIsFoundInALargeIndex()
    {
        constexpr int Files = 3000;
        constexpr int LinesPerFile = 40;
        const auto line = [](int file, int number) {
            return QStringLiteral("value_%1 = compute(%2, 0x%3);")
                .arg(file)
                .arg(number)
                .arg(file * 7919 + number * 104729, 0, 16);
        };
        PastedCodeScanner scanner;
        for (int file = 0; file < Files; ++file) {
            QByteArray content;
            for (int number = 0; number < LinesPerFile; ++number)
                content += QByteArray("    ") + line(file, number).toUtf8() + QByteArray("\n");
            scanner.addFile(content);
        }
        std::mt19937 random(11);
        for (int trial = 0; trial < 500; ++trial) {
            const int file = int(random() % Files);
            const int first = int(random() % (LinesPerFile - 3));
            const QString text = QStringList {QStringLiteral("Seen here:"), line(file, first),
                                              line(file, first + 1), line(file, first + 2),
                                              QStringLiteral("end of the quote")}
                                     .join(QLatin1Char('\n'));
            const QVector<PastedRun> runs = scanner.scan(text);
            QCOMPARE(runs.size(), 1);
            QCOMPARE(runs.first().firstLine, 2);
            QCOMPARE(runs.first().lastLine, 4);
        }
        // Three lines of files, but not consecutive in any one: nothing.
        QVERIFY(scanner
                    .scan(QStringList {line(1, 1), line(2, 2), line(3, 3), line(4, 4)}.join(
                        QLatin1Char('\n')))
                    .isEmpty());
    }

    void sameStateSameBytes()
    {
        const EgressPolicy lines = policy(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})");
        auto one = m_fixture->archive(lines);
        auto two = m_fixture->archive(lines);
        QVERIFY2(one && two,
                 qPrintable(one ? (two ? QString() : two.errorMessage()) : one.errorMessage()));
        auto a = test::readEntries(m_fixture->save(QStringLiteral("one.crpkg"), *one));
        auto b = test::readEntries(m_fixture->save(QStringLiteral("two.crpkg"), *two));
        QCOMPARE(a.keys(), b.keys());
        QCOMPARE(a.size(), 9);
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (it.key() == "manifest.json.p7s")
                QVERIFY(it.value() != b.value(it.key())); // signing time and nonce
            else
                QCOMPARE(it.value(), b.value(it.key()));
        }
    }

    void packageVerifies()
    {
        auto archive = m_fixture->archive(EgressPolicy::none());
        QVERIFY(archive);
        const QString file = m_fixture->save(QStringLiteral("verify.crpkg"), *archive);
        auto verdict
            = PackageVerifier::verify(file, TrustConfiguration::fromStore(m_fixture->trust()), {});
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.errorMessage()));
        QCOMPARE(verdict->signature.signer.commonName(), QStringLiteral("Ada Auditor"));
        QCOMPARE(verdict->manifest.kind, PackageKind::Review);
        QCOMPARE(verdict->manifest.created, test::PackageFixture::fixedTime());
        QCOMPARE(verdict->manifest.summary.value(QStringLiteral("findings")).toInt(), 2);
        const QJsonObject severities
            = verdict->manifest.summary.value(QStringLiteral("by_severity")).toObject();
        QCOMPARE(severities.value(QStringLiteral("critical")).toInt(), 1);
        int total = 0;
        for (const QJsonValue &count : severities)
            total += count.toInt();
        QCOMPARE(total, 2);
        QCOMPARE(verdict->fileSize, archive->size());
        QCOMPARE(verdict->manifest.entries.size(), 6);
    }

    void entriesAreWrittenFromTheSpool()
    {
        // Each entry was made once, by build(): the archive copies it from the spool, which
        // it shares, so it outlives its builder.
        auto builder = m_fixture->builder(EgressPolicy::none());
        QVERIFY(builder);
        QMap<QString, QByteArray> previewed;
        for (const ManifestEntry &listed : (*builder)->entries()) {
            auto bytes = (*builder)->entry(listed.path);
            QVERIFY2(bytes, qPrintable(listed.path));
            QCOMPARE(bytes->size(), listed.size);
            previewed.insert(listed.path, *bytes);
        }
        const auto noEntry = (*builder)->entry(QStringLiteral("manifest.json"));
        QVERIFY(!noEntry);
        QCOMPARE(noEntry.errorMessage(),
                 QStringLiteral("The package has no entry “manifest.json”."));
        auto writer = (*builder)->archive(m_fixture->identity(m_fixture->auditor()));
        QVERIFY(writer);
        builder->reset();
        auto bytes = writer->toByteArray();
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.errorMessage()));
        const QString file = m_fixture->save(QStringLiteral("again.crpkg"), *bytes);
        auto verdict
            = PackageVerifier::verify(file, TrustConfiguration::fromStore(m_fixture->trust()), {});
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.errorMessage()));
        const auto written = test::readEntries(file);
        for (auto it = previewed.cbegin(); it != previewed.cend(); ++it)
            QCOMPARE(written.value(it.key().toUtf8()), it.value());
    }

    void entriesAreMadeOnce()
    {
        // The report speaks the user interface's language. Switched between the preview and
        // the writing, the package still holds the report the preview listed: nothing is
        // made again while it is written.
        auto builder = m_fixture->builder(EgressPolicy::none());
        QVERIFY(builder);
        const auto previewed = (*builder)->entry(QStringLiteral("report.html"));
        QVERIFY(previewed);
        auto writer = (*builder)->archive(m_fixture->identity(m_fixture->auditor()));
        QVERIFY(writer);
        ReportLanguage other;
        QCoreApplication::installTranslator(&other);
        auto bytes = writer->toByteArray();
        QCoreApplication::removeTranslator(&other);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.errorMessage()));
        const QString file = m_fixture->save(QStringLiteral("switched.crpkg"), *bytes);
        QCOMPARE(test::readEntries(file).value("report.html"), *previewed);
        QVERIFY(
            PackageVerifier::verify(file, TrustConfiguration::fromStore(m_fixture->trust()), {}));
    }

    void spoolFolderThatCannotHoldTheEntries()
    {
        auto collected
            = ReviewCollector::collect(m_fixture->review().workspace(), EgressPolicy::none());
        QVERIFY(collected);
        const QString missing = m_fixture->review().filePath(QStringLiteral("no-such-folder"));
        PackageBuilder builder(std::move(collected).value(),
                               m_fixture->identity(m_fixture->auditor()).certificate(),
                               test::PackageFixture::fixedTime());
        builder.setSpoolFolder(missing);
        const Result<void> built = builder.build();
        QVERIFY(!built);
        QCOMPARE(built.errorMessage(),
                 QStringLiteral("Could not make a temporary file in the folder “%1” to hold the "
                                "package's entries until they are written: No such file or "
                                "directory.")
                     .arg(missing));
        const auto archive = builder.archive(m_fixture->identity(m_fixture->auditor()));
        QVERIFY(!archive);
        QCOMPARE(archive.errorMessage(), QStringLiteral("The package was not prepared yet."));
    }

    void policyLimitsThePackageSize()
    {
        auto builder = m_fixture->builder(policy(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"none","max_package_bytes":2048})"));
        QVERIFY(!builder);
        QVERIFY2(builder.errorMessage().contains(QStringLiteral("allows at most 2048")),
                 qPrintable(builder.errorMessage()));
    }

    void manifestHasOneForm()
    {
        auto builder = m_fixture->builder(EgressPolicy::none());
        QVERIFY(builder);
        const QByteArray bytes = (*builder)->manifestBytes();
        auto parsed = Manifest::parse(bytes);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.errorMessage()));
        QCOMPARE(parsed->toBytes(), bytes);

        const auto refused = [](const QByteArray &manifest) {
            auto result = Manifest::parse(manifest);
            return result ? QString() : result.errorMessage();
        };
        QVERIFY(refused(bytes.chopped(1)).contains(QStringLiteral("does not end with a newline")));
        QVERIFY(refused("{\"type\": 1}\n").contains(QStringLiteral("canonical form")));
        QByteArray twice = bytes;
        twice.replace("{\"audit_log_head\"", "{\"type\":\"x\",\"audit_log_head\"");
        QVERIFY(refused(twice).contains(QStringLiteral("canonical form")));
        QByteArray listed = bytes;
        listed.replace("\"path\":\"coverage.json\"", "\"path\":\"manifest.json\"");
        QVERIFY2(
            refused(listed).contains(QStringLiteral("lists \"manifest.json\" among its entries")),
            qPrintable(refused(listed)));
        QByteArray upper = bytes;
        upper.replace("\"path\":\"coverage.json\"", "\"path\":\"FINDINGS.JSON\"");
        // Sorted keys stay sorted; the entry list is not re-sorted by the canonical form.
        QVERIFY2(refused(upper).contains(QStringLiteral("twice (letter case aside)")),
                 qPrintable(refused(upper)));
    }

    void egressPolicyFormat_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("excerpts: none")
                                  << QStringLiteral("is not a JSON object");
        QTest::newRow("wrong type") << QByteArray(R"({"type":"x","version":1,"excerpts":"none"})")
                                    << QStringLiteral("does not say \"type\"");
        QTest::newRow("version 2")
            << QByteArray(R"({"type":"clearroom-egress-policy","version":2,"excerpts":"none"})")
            << QStringLiteral("is not of version 1");
        QTest::newRow("unknown rule") << QByteArray(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"none","redact":true})")
                                      << QStringLiteral("has the key \"redact\"");
        QTest::newRow("unknown excerpts")
            << QByteArray(R"({"type":"clearroom-egress-policy","version":1,"excerpts":"all"})")
            << QStringLiteral("has \"excerpts\": \"all\"");
        QTest::newRow("context without lines")
            << QByteArray(R"({"type":"clearroom-egress-policy","version":1,"excerpts":"context"})")
            << QStringLiteral("\"context_lines\" is not a whole number from 1 to 50");
        QTest::newRow("lines without context") << QByteArray(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"none","context_lines":3})")
                                               << QStringLiteral("does not allow context");
    }

    void egressPolicyFormat()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto parsed = EgressPolicy::fromJson(json, QStringLiteral("p.json"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.errorMessage().contains(expected), qPrintable(parsed.errorMessage()));
        QVERIFY(parsed.errorMessage().contains(QStringLiteral("p.json")));
    }

private:
    std::unique_ptr<test::PackageFixture> m_fixture;
};

QTEST_MAIN(TestPackageBuilder)
#include "tst_packagebuilder.moc"
