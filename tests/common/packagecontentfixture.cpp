// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagecontentfixture.h"

#include "buildinfo.h"

#include <algorithm>

namespace clearroom::test {

using package::Excerpt;
using package::PackageContent;
using package::PackageFinding;
using package::PackageRepository;
using review::AnchorState;
using review::Finding;
using review::FindingStatus;
using review::Severity;

namespace {

const QByteArray appCommit = QByteArrayLiteral("3b18e512dba79e4c8300dd08aeb37f8e728b8dad");
const QByteArray appTree = QByteArrayLiteral("4b825dc642cb6eb9a060e54bf8d69288fbee4904");
const QByteArray libCommit = QByteArrayLiteral("9fceb02d0ae598e95dc970b74767f19372d61af8");
const QByteArray libOldCommit = QByteArrayLiteral("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
const QByteArray libTree = QByteArrayLiteral("d670460b4b4aece5915caf5c68d12f560a9fe3e4");

QByteArray blob(char digit)
{
    return QByteArray(40, digit);
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, 0), Qt::UTC);
}

Finding finding(const QString &id, const QString &repository, const QByteArray &commit,
                Severity severity, FindingStatus status, int cwe, const QString &title)
{
    Finding f;
    f.id = id;
    f.repository = repository;
    f.commit = commit;
    f.severity = severity;
    f.status = status;
    f.cwe = cwe;
    f.title = title;
    f.author = QStringLiteral("Ada Auditor");
    f.authorFingerprint = QString(64, QLatin1Char('a'));
    f.created = at(10, 9);
    f.updated = at(12, 15);
    return f;
}

review::Comment comment(const QString &findingId, const QString &id, const QString &author, int day,
                        const QString &body)
{
    review::Comment c;
    c.id = id;
    c.findingId = findingId;
    c.author = author;
    c.created = at(day, 11);
    c.body = body;
    return c;
}

} // namespace

QDateTime packageFixtureTime()
{
    return QDateTime(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
}

review::FindingLocation packageLocation(const QByteArray &path, int startLine, int endLine)
{
    review::FindingLocation location;
    location.path = path;
    location.blobId = blob('b');
    location.startLine = startLine;
    location.endLine = endLine;
    location.excerptDigest = QByteArray(64, 'c');
    return location;
}

Excerpt packageExcerpt(const QByteArray &path, int firstLine, const QVector<QByteArray> &lines,
                       int findingFirstLine, int findingLastLine)
{
    Excerpt excerpt;
    excerpt.path = path;
    excerpt.firstLine = firstLine;
    excerpt.lines = lines;
    excerpt.findingFirstLine = findingFirstLine;
    excerpt.findingLastLine = findingLastLine;
    return excerpt;
}

PackageContent samplePackageContent()
{
    PackageContent content;
    content.packageId = QStringLiteral("5d1c4a8e-0b7f-4d0e-9a51-3f2b6c7d8e90");
    content.created = packageFixtureTime();
    content.toolVersion = QStringLiteral("0.1.0");
    content.review.id = QStringLiteral("0f3e9b2a-7c41-4e58-b6d2-1a9c8e7f6d50");
    content.review.name = QStringLiteral("Payment service, release 4.2");
    content.review.reviewerName = QStringLiteral("Ada Auditor");
    content.review.reviewerFingerprint = QString(64, QLatin1Char('a'));
    content.review.created = at(1, 8);

    PackageRepository app;
    app.repository.name = QStringLiteral("app");
    app.repository.path = QStringLiteral("/srv/review/app");
    app.repository.commit = appCommit;
    app.repository.added = at(1, 8);
    app.tree = appTree;
    app.coverage.files = 40;
    app.coverage.reviewedFiles = 12;
    app.coverage.partialFiles = 5;
    app.coverage.lines = 8000;
    app.coverage.reviewedLines = 2750;
    PackageRepository lib;
    lib.repository.name = QStringLiteral("lib");
    lib.repository.path = QStringLiteral("/srv/review/lib");
    lib.repository.commit = libCommit;
    lib.repository.added = at(1, 9);
    lib.tree = libTree;
    lib.coverage.files = 3;
    lib.coverage.reviewedFiles = 3;
    lib.coverage.lines = 120;
    lib.coverage.reviewedLines = 120;
    content.repositories = {app, lib};

    // Critical: SQL injection with two locations, comments and context lines.
    PackageFinding injection;
    injection.finding
        = finding(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000001"), QStringLiteral("app"),
                  appCommit, Severity::Critical, FindingStatus::Confirmed, 89,
                  QStringLiteral("SQL injection in the account search"));
    injection.finding.description = QStringLiteral(
        "The `name` parameter is pasted into the query.\n\nAny user can read every account.");
    injection.finding.recommendation
        = QStringLiteral("Use a prepared statement with a bound parameter.");
    injection.finding.locations = {packageLocation("src/db/search.cpp", 42, 43),
                                   packageLocation("src/api/accounts.cpp", 17, 17)};
    injection.excerpts = {
        packageExcerpt(
            "src/db/search.cpp", 40,
            {"QString searchAccounts(const QString &name)", "{",
             "    const QString sql = \"SELECT * FROM accounts WHERE name = '\" + name + \"'\";",
             "    return db.exec(sql); // TODO escape", "}"},
            42, 43),
        packageExcerpt("src/api/accounts.cpp", 17,
                       {"    return searchAccounts(request.query(\"name\"));"}, 17, 17),
    };
    injection.comments = {
        comment(injection.finding.id, QStringLiteral("c-1"), QStringLiteral("Ada Auditor"), 11,
                QStringLiteral("Reproduced with `' OR 1=1 --`.")),
        comment(injection.finding.id, QStringLiteral("c-2"), QStringLiteral("Bob Lead"), 12,
                QStringLiteral("Agreed, critical.")),
    };

    // High: cross-site scripting, with columns.
    PackageFinding xss;
    xss.finding = finding(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000002"),
                          QStringLiteral("app"), appCommit, Severity::High, FindingStatus::Open, 79,
                          QStringLiteral("Unescaped user name in the greeting"));
    xss.finding.description = QStringLiteral("The name is written into HTML as it is.");
    xss.finding.recommendation = QStringLiteral("Escape it with `toHtmlEscaped()`.");
    review::FindingLocation xssLocation = packageLocation("web/greeting.js", 8, 8);
    xssLocation.startColumn = 5;
    xssLocation.endColumn = 44;
    xss.finding.locations = {xssLocation};
    xss.excerpts = {packageExcerpt(
        "web/greeting.js", 7,
        {"function greet(user) {", "    el.innerHTML = '<b>' + user.name + '</b>';", "}"}, 8, 8)};

    // Medium, disputed, no CWE, no code may leave.
    PackageFinding logging;
    logging.finding
        = finding(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000003"), QStringLiteral("app"),
                  appCommit, Severity::Medium, FindingStatus::Disputed, 0,
                  QStringLiteral("Session tokens written to the debug log"));
    logging.finding.locations = {packageLocation("src/session.cpp", 120, 124)};

    // Low, false positive.
    PackageFinding nullCheck;
    nullCheck.finding
        = finding(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000004"), QStringLiteral("app"),
                  appCommit, Severity::Low, FindingStatus::FalsePositive, 476,
                  QStringLiteral("Possible null dereference of the parser"));
    nullCheck.finding.locations = {packageLocation("src/parser.c", 3, 3)};
    nullCheck.excerpts = {packageExcerpt("src/parser.c", 3, {"    return p->next;"}, 3, 3)};

    // Info, accepted risk.
    PackageFinding secret;
    secret.finding
        = finding(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000005"), QStringLiteral("app"),
                  appCommit, Severity::Info, FindingStatus::AcceptedRisk, 798,
                  QStringLiteral("Test credentials in the sample configuration"));
    secret.finding.locations = {packageLocation("config/sample.ini", 2, 2)};

    // High, fixed, on lib at an older commit; its location moved.
    PackageFinding overflow;
    overflow.finding
        = finding(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000006"), QStringLiteral("lib"),
                  libOldCommit, Severity::High, FindingStatus::Fixed, 787,
                  QStringLiteral("Out-of-bounds write in the decoder"));
    overflow.finding.generation = 1;
    overflow.finding.anchorState = AnchorState::Moved;
    review::FindingLocation moved = packageLocation("decode.c", 30, 31);
    moved.state = AnchorState::Moved;
    overflow.finding.locations = {moved};
    overflow.excerpts = {packageExcerpt(
        "decode.c", 30, {"    for (i = 0; i <= len; ++i)", "        out[i] = in[i];"}, 30, 31)};

    content.findings = {injection, xss, overflow, logging, nullCheck, secret};
    std::stable_sort(content.findings.begin(), content.findings.end(),
                     [](const PackageFinding &a, const PackageFinding &b) {
                         if (a.finding.severity != b.finding.severity)
                             return a.finding.severity > b.finding.severity;
                         return a.finding.id < b.finding.id;
                     });

    content.signer.name = QStringLiteral("Ada Auditor");
    content.signer.subject = QStringLiteral("CN=Ada Auditor,O=Review Authority,C=DE");
    content.signer.fingerprint = QByteArray(64, 'f');
    content.meaning = QStringLiteral("auditor attests these findings");
    // As an export of this build says.
    content.highlighting = BuildInfo::hasSyntaxHighlighting();
    return content;
}

PackageContent hostilePackageContent()
{
    PackageContent content = samplePackageContent();
    const QString script = QStringLiteral("<script>alert('x')</script>");
    const QString rlo = QString(QChar(0x202E));
    const QString isolate = QString(QChar(0x2066));
    content.review.name = QStringLiteral("Review \"quoted\" & <b>bold</b> ") + script;
    content.signer.name = QStringLiteral("Eve <img src=x onerror=alert(1)>");
    content.signer.subject = QStringLiteral("CN=Eve <img src=x onerror=alert(1)>");
    content.meaning = QStringLiteral("auditor attests <these> findings & more");
    content.repositories[0].repository.name = QStringLiteral("app<iframe>");
    content.repositories[0].repository.path = QStringLiteral("/srv/<svg onload=alert(1)>");

    PackageFinding &first = content.findings[0];
    first.finding.repository = content.repositories[0].repository.name;
    first.finding.title = QStringLiteral("Admin check ") + rlo + QStringLiteral("/* ") + script
        + QStringLiteral(" */");
    first.finding.description = QStringLiteral("<div onclick=\"steal()\">click</div>\n\n")
        + QStringLiteral("[link](javascript:alert(1)) ") + isolate + QStringLiteral("hidden")
        + QString(QChar(0x200B)) + QStringLiteral(" \x01 bell");
    first.finding.recommendation = QStringLiteral("Don't \"trust\" input: ") + script;
    first.comments[0].author = QStringLiteral("Mallory <b>");
    first.comments[0].body = QStringLiteral("</pre></td><script>evil()</script>");
    const QByteArray badPath("src/\xff\xfe<b>&amp;.cpp");
    first.finding.locations[0].path = badPath;
    first.excerpts[0].path = badPath;
    first.excerpts[0].lines[1] = QByteArrayLiteral("    /* </pre><script>alert(2)</script> */");
    first.excerpts[0].lines[2]
        = QByteArrayLiteral("    if (isAdmin) { \xe2\x80\xae } \xe2\x81\xa6 // \xc0\xaf \x1b[2J");
    return content;
}

QVector<QByteArray> hostileMarkers()
{
    return {
        QByteArrayLiteral("<script"),
        QByteArrayLiteral("<img"),
        QByteArrayLiteral("<iframe"),
        QByteArrayLiteral("<svg"),
        QByteArrayLiteral("<div onclick"),
        QByteArrayLiteral("<b>bold"),
        QByteArrayLiteral("href=\"javascript"),
        QByteArrayLiteral("\xe2\x80\xae"), // U+202E RIGHT-TO-LEFT OVERRIDE
        QByteArrayLiteral("\xe2\x81\xa6"), // U+2066 LEFT-TO-RIGHT ISOLATE
        QByteArrayLiteral("\xe2\x80\x8b"), // U+200B ZERO WIDTH SPACE
        QByteArrayLiteral("\x1b"),
        QByteArrayLiteral("\x01"),
        QByteArrayLiteral("\xff"),
        QByteArrayLiteral("\xc0\xaf"),
    };
}

QVector<int> severityCounts(const PackageContent &content)
{
    QVector<int> counts(5, 0);
    for (const PackageFinding &finding : content.findings)
        ++counts[4 - int(finding.finding.severity)];
    return counts;
}

} // namespace clearroom::test
