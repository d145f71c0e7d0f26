// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// Moving a review to another commit: where the lines of a range went (LineMap), and every
// finding of a generated repository carried through insertions, changes, deletions,
// renames and code moved within a file, with its original anchor kept, coverage kept only
// where the lines are unchanged, and the audit log still verifying.
#include "auditlog.h"
#include "auditverifier.h"
#include "coveragestore.h"
#include "findingstore.h"
#include "locationreader.h"
#include "reanchoring.h"
#include "reviewfixture.h"
#include "reviewhistory.h"

#include <QtTest>

#include <map>
#include <random>

using namespace clearroom;
using namespace clearroom::review;
using clearroom::test::coverageLines;
using clearroom::test::numberedLines;
using clearroom::test::ReviewFixture;

Q_DECLARE_METATYPE(clearroom::review::AnchorState)

namespace {

// Lines "line 1\n" ... "line n\n", then changed by `edit` (0-based indexes).
QByteArray edited(int lines, const std::function<void(QByteArrayList &)> &edit)
{
    QByteArrayList list;
    for (int n = 1; n <= lines; ++n)
        list.append("line " + QByteArray::number(n));
    edit(list);
    return list.join('\n') + '\n';
}

struct Span
{
    QByteArray path;
    int start;
    int end;
};

// What the repository's commits do to a range at `base`, per reviewHistory().
struct Expected
{
    Span before;
    AnchorState state;
    Span after;
};

const std::map<QByteArray, Expected> expectedMoves = {
    {"inserted above", {{"src/main.c", 5, 7}, AnchorState::Moved, {"src/main.c", 7, 9}}},
    {"changed inside", {{"src/main.c", 11, 13}, AnchorState::Modified, {"src/main.c", 13, 15}}},
    {"inserted inside", {{"src/main.c", 15, 18}, AnchorState::Modified, {"src/main.c", 17, 21}}},
    {"unchanged", {{"src/util.c", 2, 3}, AnchorState::Exact, {"src/util.c", 2, 3}}},
    {"renamed", {{"src/old_name.c", 1, 4}, AnchorState::Moved, {"src/new_name.c", 1, 4}}},
    {"deleted", {{"src/gone.c", 2, 2}, AnchorState::Orphaned, {"src/gone.c", 2, 2}}},
    {"moved in the file", {{"src/shuffle.c", 2, 4}, AnchorState::Moved, {"src/shuffle.c", 10, 12}}},
};

QVector<LineSpan> spansOf(const QVector<CoverageRange> &ranges, const QByteArray &path)
{
    QVector<LineSpan> spans;
    for (const CoverageRange &range : ranges) {
        if (range.path == path)
            spans.append({range.startLine, range.endLine});
    }
    return spans;
}

} // namespace

class TestReanchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineMap_data();
    void lineMap();
    void lineMapOfEqualTexts();
    void lineMapFollowsEveryLine();
    void moveReview();
    void moveAgainKeepsEveryAnchor();
    void moveToTheSameCommitChangesNothing();
    void excerptSearchFindsOnlyMovedCode_data();
    void excerptSearchFindsOnlyMovedCode();

private:
    // Adds one finding per expected move; ids by name.
    QMap<QByteArray, QString> addExpectedFindings(ReviewFixture &fixture);
};

void TestReanchoring::lineMap_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<AnchorState>("state");
    QTest::addColumn<int>("newStart");
    QTest::addColumn<int>("newEnd");

    const QByteArray ten = edited(10, [](QByteArrayList &) {});
    QTest::newRow("unchanged") << ten << ten << 3 << 5 << AnchorState::Exact << 3 << 5;
    QTest::newRow("changed below") << ten << edited(10, [](QByteArrayList &l) { l[8] = "x"; }) << 3
                                   << 5 << AnchorState::Exact << 3 << 5;
    QTest::newRow("inserted right after")
        << ten << edited(10, [](QByteArrayList &l) { l.insert(5, "new"); }) << 3 << 5
        << AnchorState::Exact << 3 << 5;
    QTest::newRow("inserted above") << ten
                                    << edited(10,
                                              [](QByteArrayList &l) {
                                                  l = QByteArrayList {"a", "b"} + l;
                                              })
                                    << 3 << 5 << AnchorState::Moved << 5 << 7;
    QTest::newRow("inserted right before")
        << ten << edited(10, [](QByteArrayList &l) { l.insert(2, "new"); }) << 3 << 5
        << AnchorState::Moved << 4 << 6;
    QTest::newRow("deleted above") << ten << edited(10, [](QByteArrayList &l) { l.removeAt(0); })
                                   << 3 << 5 << AnchorState::Moved << 2 << 4;
    QTest::newRow("changed inside") << ten << edited(10, [](QByteArrayList &l) { l[3] = "x"; }) << 3
                                    << 5 << AnchorState::Modified << 3 << 5;
    QTest::newRow("first line changed") << ten << edited(10, [](QByteArrayList &l) { l[2] = "x"; })
                                        << 3 << 5 << AnchorState::Modified << 3 << 5;
    QTest::newRow("inserted inside")
        << ten << edited(10, [](QByteArrayList &l) { l.insert(3, "new"); }) << 3 << 5
        << AnchorState::Modified << 3 << 6;
    QTest::newRow("one line deleted inside")
        << ten << edited(10, [](QByteArrayList &l) { l.removeAt(3); }) << 3 << 5
        << AnchorState::Modified << 3 << 4;
    QTest::newRow("all lines deleted")
        << ten << edited(10, [](QByteArrayList &l) { l.erase(l.begin() + 2, l.begin() + 5); }) << 3
        << 5 << AnchorState::Orphaned << 3 << 5;
    QTest::newRow("the end of the file deleted")
        << ten << edited(10, [](QByteArrayList &l) { l = l.mid(0, 7); }) << 8 << 10
        << AnchorState::Orphaned << 8 << 10;
    QTest::newRow("all lines replaced") << ten
                                        << edited(10,
                                                  [](QByteArrayList &l) {
                                                      l.erase(l.begin() + 2, l.begin() + 5);
                                                      l.insert(2, "other");
                                                  })
                                        << 3 << 5 << AnchorState::Modified << 3 << 3;
    QTest::newRow("moved elsewhere in the file") << ten << edited(10, [](QByteArrayList &l) {
        const QByteArrayList block = l.mid(2, 3);
        l.erase(l.begin() + 2, l.begin() + 5);
        l += block;
    }) << 3 << 5 << AnchorState::Orphaned << 3 << 5; // moveReview finds it by its excerpt
}

void TestReanchoring::lineMap()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(AnchorState, state);
    QFETCH(int, newStart);
    QFETCH(int, newEnd);
    auto map = LineMap::between(oldText, newText);
    QVERIFY(map);
    const LineMapping mapping = map->map(start, end);
    QCOMPARE(FindingNames::anchorKey(mapping.state), FindingNames::anchorKey(state));
    QCOMPARE(mapping.startLine, newStart);
    QCOMPARE(mapping.endLine, newEnd);
    QCOMPARE(map->newLineCount(), int(newText.count('\n')));
}

void TestReanchoring::lineMapOfEqualTexts()
{
    const QByteArray text = numberedLines("x", 5);
    auto between = LineMap::between(text, text);
    QVERIFY(between);
    const LineMap unchanged = LineMap::unchanged(5);
    for (int line = 0; line <= 6; ++line) {
        QCOMPARE(between->newLine(line), line >= 1 && line <= 5 ? line : 0);
        QCOMPARE(unchanged.newLine(line), between->newLine(line));
    }
    QVERIFY(!between->isAdded(3));
    auto inserted = LineMap::between("a\nb\n", "a\nx\nb\n");
    QVERIFY(inserted);
    QCOMPARE((QVector<bool> {inserted->isAdded(1), inserted->isAdded(2), inserted->isAdded(3)}),
             (QVector<bool> {false, true, false}));
    QVERIFY(!inserted->isAdded(0) && !inserted->isAdded(4));
    // A last line without a newline counts.
    auto noNewline = LineMap::between("a\nb", "a\nb\nc");
    QVERIFY(noNewline);
    QCOMPARE(noNewline->newLineCount(), 3);
    QCOMPARE(noNewline->map(1, 1).state, AnchorState::Exact);
}

void TestReanchoring::lineMapFollowsEveryLine()
{
    // Random insertions, deletions and changes of lines that are all different: git's diff
    // keeps exactly the lines that survived, so where each went is known.
    for (quint32 seed = 1; seed <= 300; ++seed) {
        std::mt19937 random(seed);
        const auto pick = [&random](int n) { return int(random() % quint32(n)); };
        const int oldCount = 1 + pick(30);
        QByteArrayList lines;
        QVector<int> origin; // per new line: the old line it is, or 0
        for (int n = 1; n <= oldCount; ++n) {
            lines.append("old " + QByteArray::number(n));
            origin.append(n);
        }
        const QByteArray oldText = lines.join('\n') + '\n';
        for (int edit = pick(6); edit >= 0; --edit) {
            const int at = pick(int(lines.size()) + 1);
            const int kind = pick(3);
            if (kind == 0 || lines.isEmpty()) { // insert
                for (int i = pick(3); i >= 0; --i) {
                    lines.insert(at,
                                 "new " + QByteArray::number(seed) + '.' + QByteArray::number(edit)
                                     + '.' + QByteArray::number(i));
                    origin.insert(at, 0);
                }
            } else if (at < lines.size()) { // delete (1) or change (2) a few lines
                const int count = std::min(1 + pick(3), int(lines.size()) - at);
                for (int i = 0; i < count; ++i) {
                    if (kind == 1) {
                        lines.removeAt(at);
                        origin.removeAt(at);
                    } else {
                        lines[at + i] = "changed " + lines.at(at + i);
                        origin[at + i] = 0;
                    }
                }
            }
        }
        const QByteArray newText = lines.isEmpty() ? QByteArray() : lines.join('\n') + '\n';
        auto map = LineMap::between(oldText, newText);
        QVERIFY(map);
        QVector<int> expected(oldCount + 1, 0);
        for (int i = 0; i < origin.size(); ++i) {
            if (origin.at(i))
                expected[origin.at(i)] = i + 1;
        }
        for (int line = 1; line <= oldCount; ++line) {
            QVERIFY2(map->newLine(line) == expected.at(line),
                     qPrintable(QStringLiteral("seed %1: line %2 went to %3, not %4")
                                    .arg(seed)
                                    .arg(line)
                                    .arg(map->newLine(line))
                                    .arg(expected.at(line))));
        }
        for (int i = 0; i < origin.size(); ++i)
            QCOMPARE(map->isAdded(i + 1), origin.at(i) == 0);
        // Every range: unchanged lines keep their state; a modified range holds what is left.
        for (int start = 1; start <= oldCount; ++start) {
            for (int end = start; end <= oldCount; ++end) {
                const LineMapping mapping = map->map(start, end);
                int kept = 0;
                for (int line = start; line <= end; ++line)
                    kept += expected.at(line) ? 1 : 0;
                const bool together = kept == end - start + 1
                    && expected.at(end) - expected.at(start) == end - start;
                const QString where = QStringLiteral("seed %1, lines %2-%3: %4 %5-%6")
                                          .arg(seed)
                                          .arg(start)
                                          .arg(end)
                                          .arg(FindingNames::anchorKey(mapping.state))
                                          .arg(mapping.startLine)
                                          .arg(mapping.endLine);
                if (together) {
                    QVERIFY2(mapping.state
                                 == (expected.at(start) == start ? AnchorState::Exact
                                                                 : AnchorState::Moved),
                             qPrintable(where));
                    QVERIFY2(mapping.startLine == expected.at(start)
                                 && mapping.endLine == expected.at(end),
                             qPrintable(where));
                } else if (kept > 0) {
                    QVERIFY2(mapping.state == AnchorState::Modified, qPrintable(where));
                } else {
                    QVERIFY2(mapping.state == AnchorState::Modified
                                 || mapping.state == AnchorState::Orphaned,
                             qPrintable(where));
                }
                if (mapping.state == AnchorState::Modified) {
                    QVERIFY2(mapping.startLine >= 1 && mapping.startLine <= mapping.endLine
                                 && mapping.endLine <= std::max(1, map->newLineCount()),
                             qPrintable(where));
                    for (int line = start; line <= end; ++line) {
                        const int to = expected.at(line);
                        QVERIFY2(!to || (to >= mapping.startLine && to <= mapping.endLine),
                                 qPrintable(where));
                    }
                }
            }
        }
    }
}

QMap<QByteArray, QString> TestReanchoring::addExpectedFindings(ReviewFixture &fixture)
{
    QMap<QByteArray, QString> ids;
    for (const auto &[name, expected] : expectedMoves) {
        auto id = fixture.add(expected.before.path, expected.before.start, expected.before.end,
                              QString::fromUtf8(name));
        if (!id) {
            qWarning("%s: %s", name.constData(), qPrintable(id.errorMessage()));
            return {};
        }
        ids.insert(name, *id);
    }
    return ids;
}

void TestReanchoring::moveReview()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    FindingStore &findings = workspace.findings();
    const QMap<QByteArray, QString> ids = addExpectedFindings(*fixture);
    QCOMPARE(ids.size(), int(expectedMoves.size()));
    // Two locations: the finding is as bad as its worst.
    auto twoPlaces = fixture->draft("src/util.c", 1, 1, QStringLiteral("two places"));
    QVERIFY(twoPlaces);
    twoPlaces->locations.append(fixture->draft("src/gone.c", 1, 1, {})->primary());
    auto twoPlacesId = findings.add(*twoPlaces);
    QVERIFY(twoPlacesId);
    const QMap<QString, Finding> before = [&] {
        QMap<QString, Finding> map;
        const auto all = findings.all();
        for (const Finding &finding : *all)
            map.insert(finding.id, finding);
        return map;
    }();

    const QString app = ReviewFixture::repositoryName();
    const QByteArray base = fixture->commit("base").toHex();
    const QByteArray main = fixture->commit("main").toHex();
    QVERIFY(workspace.coverage().mark(
        app, base,
        {coverageLines("src/main.c", 1, 20), coverageLines("src/util.c", 1, 10),
         coverageLines("src/gone.c", 1, 6), coverageLines("src/old_name.c", 1, 8),
         coverageLines("src/shuffle.c", 1, 12)}));
    const QVector<CoverageRange> baseCoverage = *workspace.coverage().ranges(app, base);

    auto moved = Reanchoring::moveReview(workspace, fixture->repository(), app,
                                         git::ObjectId::fromHex(main));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.errorMessage()));
    QCOMPARE(moved->size(), int(expectedMoves.size()) + 1);
    QCOMPARE(workspace.repository(app)->commit, main);

    for (const MovedFinding &report : *moved) {
        const Finding after = *findings.get(report.id);
        const Finding &original = before.value(report.id);
        QCOMPARE(after.commit, main);
        QCOMPARE(after.generation, 1);
        QCOMPARE(after.anchorState, report.state);
        QCOMPARE(report.before, original.primary());
        QCOMPARE(report.after, after.primary());
        // The original anchor is kept as it was.
        QCOMPARE(*findings.anchors(report.id, 0), original.locations);
        QCOMPARE(*findings.anchors(report.id, 1), after.locations);
        if (report.id == *twoPlacesId) {
            QCOMPARE(report.state, AnchorState::Orphaned);
            QCOMPARE(after.locations.at(0).state, AnchorState::Exact);
            QCOMPARE(after.locations.at(1).state, AnchorState::Orphaned);
            continue;
        }
        const QByteArray name = ids.key(report.id);
        const Expected &expected = expectedMoves.at(name);
        const FindingLocation &location = after.primary();
        QCOMPARE(FindingNames::anchorKey(report.state), FindingNames::anchorKey(expected.state));
        QCOMPARE(location.state, expected.state);
        QCOMPARE(location.path, expected.after.path);
        QCOMPARE(location.startLine, expected.after.start);
        QCOMPARE(location.endLine, expected.after.end);
        if (expected.state == AnchorState::Orphaned) {
            QCOMPARE(location.blobId, original.primary().blobId);
            continue;
        }
        // The new location is read from the new commit.
        auto reread = LocationReader(fixture->repository())
                          .read(git::ObjectId::fromHex(main), location.path, location.startLine,
                                location.endLine);
        QVERIFY(reread);
        QCOMPARE(location.blobId, reread->blobId);
        QCOMPARE(location.excerptDigest, reread->excerptDigest);
        QCOMPARE(location.contextBefore, reread->contextBefore);
        if (expected.state != AnchorState::Modified)
            QCOMPARE(location.excerptDigest, original.primary().excerptDigest);
        else
            QVERIFY(location.excerptDigest != original.primary().excerptDigest);
    }

    // Coverage: only the unchanged lines, at their new places; the old commit keeps its own.
    const QVector<CoverageRange> carried = *workspace.coverage().ranges(app, main);
    QCOMPARE(spansOf(carried, "src/main.c"), (QVector<LineSpan> {{3, 13}, {15, 18}, {20, 23}}));
    QCOMPARE(spansOf(carried, "src/util.c"), (QVector<LineSpan> {{1, 10}}));
    QCOMPARE(spansOf(carried, "src/new_name.c"), (QVector<LineSpan> {{1, 8}}));
    QCOMPARE(spansOf(carried, "src/gone.c"), QVector<LineSpan> {});
    QCOMPARE(spansOf(carried, "src/old_name.c"), QVector<LineSpan> {});
    // The block moved within the file counts as changed lines: reviewed again.
    QCOMPARE(spansOf(carried, "src/shuffle.c"), (QVector<LineSpan> {{1, 9}}));
    for (const CoverageRange &range : carried) {
        QCOMPARE(range.reviewer, ReviewFixture::reviewerName());
        QCOMPARE(range.marked, baseCoverage.first().marked);
    }
    QCOMPARE(workspace.coverage().ranges(app, base)->size(), baseCoverage.size());

    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
}

void TestReanchoring::moveAgainKeepsEveryAnchor()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    const QMap<QByteArray, QString> ids = addExpectedFindings(*fixture);
    QCOMPARE(ids.size(), int(expectedMoves.size()));
    const QString app = ReviewFixture::repositoryName();
    QVERIFY(
        Reanchoring::moveReview(workspace, fixture->repository(), app, fixture->commit("main")));
    const QVector<Finding> atMain = *workspace.findings().all();

    // `later` changes only README.md: every finding stays where it was at `main`, and
    // one whose file is gone stays orphaned.
    auto moved
        = Reanchoring::moveReview(workspace, fixture->repository(), app, fixture->commit("later"));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.errorMessage()));
    QCOMPARE(moved->size(), int(expectedMoves.size()));
    for (const Finding &previous : atMain) {
        const Finding finding = *workspace.findings().get(previous.id);
        const QByteArray name = ids.key(finding.id);
        const bool orphaned = expectedMoves.at(name).state == AnchorState::Orphaned;
        QCOMPARE(finding.generation, 2);
        QCOMPARE(finding.commit, fixture->commit("later").toHex());
        QCOMPARE(FindingNames::anchorKey(finding.anchorState),
                 FindingNames::anchorKey(orphaned ? AnchorState::Orphaned : AnchorState::Exact));
        QCOMPARE(finding.primary().path, previous.primary().path);
        QCOMPARE(finding.primary().startLine, previous.primary().startLine);
        QCOMPARE(finding.primary().endLine, previous.primary().endLine);
        QCOMPARE(*workspace.findings().anchors(finding.id, 1), previous.locations);
        QCOMPARE(workspace.findings().anchors(finding.id, 0)->first().state, AnchorState::Original);
    }
    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
}

void TestReanchoring::moveToTheSameCommitChangesNothing()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    QVERIFY(fixture->add("src/main.c", 1, 2, QStringLiteral("Stays")));
    QVERIFY(workspace.coverage().mark(ReviewFixture::repositoryName(),
                                      fixture->commit("base").toHex(),
                                      {coverageLines("src/main.c", 1, 20)}));
    const QString state = test::workspaceState(workspace.database());
    auto moved = Reanchoring::moveReview(workspace, fixture->repository(),
                                         ReviewFixture::repositoryName(), fixture->commit("base"));
    QVERIFY(moved);
    QVERIFY(moved->isEmpty());
    QCOMPARE(test::workspaceState(workspace.database()), state);
    auto unknown = Reanchoring::moveReview(workspace, fixture->repository(),
                                           QStringLiteral("elsewhere"), fixture->commit("main"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(QStringLiteral("'elsewhere'")),
             qPrintable(unknown.errorMessage()));
    QCOMPARE(test::workspaceState(workspace.database()), state);
}

void TestReanchoring::excerptSearchFindsOnlyMovedCode_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<int>("line");
    QTest::addColumn<AnchorState>("state");
    QTest::addColumn<int>("newLine");
    // Two lines alike (2 and 6) in different places.
    const QByteArray code = "int f(int a, int e)\n"
                            "{\n"
                            "    if (a)\n"
                            "        return -1;\n"
                            "    b();\n"
                            "    c();\n"
                            "    if (e)\n"
                            "        return -1;\n"
                            "    return 0;\n"
                            "}\n";
    QByteArray changed = code;
    changed.replace(changed.indexOf("-1"), 2, "-2");
    QTest::newRow("changed where it is, alike elsewhere")
        << code << changed << 4 << AnchorState::Modified << 4;
    QByteArray deleted = code;
    deleted.remove(deleted.indexOf("        return -1;\n"), 19);
    QTest::newRow("deleted, alike elsewhere") << code << deleted << 4 << AnchorState::Orphaned << 4;
    QByteArray moved = code;
    moved.remove(moved.indexOf("    b();\n"), 9);
    moved += "    b();\n";
    QTest::newRow("moved to the end") << code << moved << 5 << AnchorState::Moved << 10;
    QByteArray replaced = code;
    replaced.replace(replaced.indexOf("    b();\n"), 9, "    z();\n");
    replaced += "    b();\n";
    QTest::newRow("moved, another line in its place")
        << code << replaced << 5 << AnchorState::Moved << 11;
}

void TestReanchoring::excerptSearchFindsOnlyMovedCode()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(int, line);
    QFETCH(AnchorState, state);
    QFETCH(int, newLine);
    test::HistoryBuilder history;
    test::HistoryBuilder::Commit base;
    base.files = {{"f.c", oldText}};
    const int first = history.commit(base);
    test::HistoryBuilder::Commit next;
    next.parents = {first};
    next.files = {{"f.c", newText}};
    history.setBranch("main", history.commit(next));
    history.setBranch("base", first);

    auto fixture = ReviewFixture::created("base", {}, history);
    QVERIFY(fixture);
    auto id = fixture->add("f.c", line, line, QStringLiteral("One line"));
    QVERIFY(id);
    auto moved = Reanchoring::moveReview(fixture->workspace(), fixture->repository(),
                                         ReviewFixture::repositoryName(), fixture->commit("main"));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.errorMessage()));
    QCOMPARE(moved->size(), 1);
    QCOMPARE(FindingNames::anchorKey(moved->first().state), FindingNames::anchorKey(state));
    QCOMPARE(moved->first().after.startLine, newLine);
    QCOMPARE(moved->first().after.endLine, newLine);
}

QTEST_GUILESS_MAIN(TestReanchoring)
#include "tst_reanchoring.moc"
