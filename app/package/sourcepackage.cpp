// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "sourcepackage.h"

#include "auditstate.h"
#include "sha256.h"
#include "zipreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace clearroom::package {

namespace {

bool isHex(const QString &text, int digits)
{
    return text.size() == digits && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                   || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

// Reads the fields of one JSON object strictly. The first problem is kept (naming where
// it is and which field) and later reads return empty values, so that a caller checks
// once per object rather than after every field.
class StrictObject
{
public:
    StrictObject(const QJsonValue &value, QString where, QString &error)
        : m_object(value.toObject())
        , m_where(std::move(where))
        , m_error(error)
    {
        if (!value.isObject())
            fail(SourcePackage::tr("it is not a JSON object"));
    }

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    QString text(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isString())
            fail(SourcePackage::tr("\"%1\" is missing or not text").arg(QLatin1String(key)));
        return value.toString();
    }

    QByteArray hex(const char *key, int digits)
    {
        const QString value = text(key);
        if (m_error.isEmpty() && !isHex(value, digits))
            fail(SourcePackage::tr("\"%1\" is not %2 lowercase hex digits")
                     .arg(QLatin1String(key))
                     .arg(digits));
        return value.toLatin1();
    }

    qint64 number(const char *key, qint64 minimum, qint64 maximum)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(-1e300);
        if (!value.isDouble() || number != double(qint64(number)) || number < double(minimum)
            || number > double(maximum)) {
            fail(SourcePackage::tr("\"%1\" is not a whole number from %2 to %3")
                     .arg(QLatin1String(key))
                     .arg(minimum)
                     .arg(maximum));
            return minimum;
        }
        return qint64(number);
    }

    QDateTime time(const char *key)
    {
        const QDateTime time = review::timeFromText(text(key));
        if (m_error.isEmpty() && !time.isValid())
            fail(SourcePackage::tr("\"%1\" is not a UTC time").arg(QLatin1String(key)));
        return time;
    }

    QByteArray path(const char *key)
    {
        const QByteArray path
            = review::auditstate::pathFromValue(m_object.value(QLatin1String(key)));
        if (path.isEmpty())
            fail(SourcePackage::tr("\"%1\" is not a path").arg(QLatin1String(key)));
        return path;
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isArray())
            fail(SourcePackage::tr("\"%1\" is missing or not a list").arg(QLatin1String(key)));
        return value.toArray();
    }

    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    void fail(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = m_where + QStringLiteral(": ") + problem;
    }

    const QString &where() const { return m_where; }

private:
    QJsonObject m_object;
    QString m_where;
    QString &m_error;
};

// Lines in the largest file Clearroom shows; bounds line numbers read from a package.
constexpr qint64 MaximumLine = 1'000'000'000;

review::FindingLocation locationFrom(const QJsonValue &value, const QString &where, QString &error)
{
    StrictObject object(value, where, error);
    review::FindingLocation location;
    location.path = object.path("path");
    location.blobId = object.hex("blob", 40);
    location.startLine = int(object.number("start_line", 1, MaximumLine));
    location.endLine = int(object.number("end_line", location.startLine, MaximumLine));
    location.excerptDigest = object.hex("excerpt_sha256", 64);
    if (const auto state = review::FindingNames::anchorFromKey(object.text("state")))
        location.state = *state;
    else
        object.fail(clearroom::package::SourcePackage::tr(
            "\"state\" is not an anchor state Clearroom knows"));
    if (object.has("start_column")) {
        location.startColumn = int(object.number("start_column", 1, MaximumLine));
        location.endColumn = int(object.number("end_column", 1, MaximumLine));
    }
    return location;
}

review::Comment commentFrom(const QJsonValue &value, const QString &where, QString &error)
{
    StrictObject object(value, where, error);
    review::Comment comment;
    comment.id = object.text("id");
    comment.findingId = object.text("finding");
    comment.author = object.text("author");
    comment.created = object.time("created");
    comment.body = object.text("body");
    return comment;
}

Excerpt excerptFrom(const QJsonValue &value, const QString &where, QString &error)
{
    StrictObject object(value, where, error);
    Excerpt excerpt;
    excerpt.path = object.path("path");
    excerpt.firstLine = int(object.number("first_line", 1, MaximumLine));
    excerpt.findingFirstLine = int(object.number("finding_first_line", 1, MaximumLine));
    excerpt.findingLastLine
        = int(object.number("finding_last_line", excerpt.findingFirstLine, MaximumLine));
    for (const QJsonValue &line : object.array("lines")) {
        if (line.isString()) {
            excerpt.lines.append(line.toString().toUtf8());
            continue;
        }
        const QJsonValue base64 = line.toObject().value(QStringLiteral("base64"));
        const auto decoded = QByteArray::fromBase64Encoding(
            base64.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!base64.isString() || !decoded)
            object.fail(SourcePackage::tr("a line of the excerpt is neither text nor base64"));
        excerpt.lines.append(*decoded);
    }
    if (error.isEmpty()
        && (excerpt.findingFirstLine < excerpt.firstLine
            || excerpt.findingLastLine > excerpt.lastLine()))
        object.fail(SourcePackage::tr("the finding's lines are not inside the excerpt"));
    return excerpt;
}

// One finding of findings.json, as a package writes it (its repository not checked).
SourceFinding findingFrom(const QJsonValue &value, const QString &at, QString &error)
{
    StrictObject object(value, at, error);
    SourceFinding source;
    review::Finding &finding = source.finding;
    finding.id = object.text("id");
    finding.repository = object.text("repository");
    finding.commit = object.hex("commit", 40);
    finding.title = object.text("title");
    if (const auto severity = review::FindingNames::severityFromKey(object.text("severity")))
        finding.severity = *severity;
    else
        object.fail(
            clearroom::package::SourcePackage::tr("\"severity\" is not one Clearroom knows"));
    if (const auto status = review::FindingNames::statusFromKey(object.text("status")))
        finding.status = *status;
    else
        object.fail(clearroom::package::SourcePackage::tr("\"status\" is not one Clearroom knows"));
    if (!object.value("cwe").isNull())
        finding.cwe = int(object.number("cwe", 1, 1'000'000));
    finding.description = object.text("description");
    finding.recommendation = object.text("recommendation");
    finding.author = object.text("author");
    finding.authorFingerprint = object.text("author_fingerprint");
    finding.created = object.time("created");
    finding.updated = object.time("updated");
    if (const auto state = review::FindingNames::anchorFromKey(object.text("anchor_state")))
        finding.anchorState = *state;
    else
        object.fail(clearroom::package::SourcePackage::tr(
            "\"anchor_state\" is not an anchor state Clearroom knows"));
    for (const QJsonValue &location : object.array("locations"))
        finding.locations.append(locationFrom(
            location, clearroom::package::SourcePackage::tr("%1, a location").arg(at), error));
    for (const QJsonValue &comment : object.array("comments"))
        source.comments.append(commentFrom(
            comment, clearroom::package::SourcePackage::tr("%1, a comment").arg(at), error));
    for (const QJsonValue &excerpt : object.array("excerpts"))
        source.excerpts.append(excerptFrom(
            excerpt, clearroom::package::SourcePackage::tr("%1, an excerpt").arg(at), error));
    return source;
}

Result<QJsonDocument> parseDocument(const QByteArray &bytes, const QString &where)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {SourcePackage::tr("%1 is not JSON: %2 at byte %3.")
                          .arg(where, parseError.errorString())
                          .arg(parseError.offset)};
    return document;
}

} // namespace

QString SourcePackage::reviewId() const
{
    return manifest().review.value(QStringLiteral("id")).toString();
}

QString SourcePackage::reviewName() const
{
    return manifest().review.value(QStringLiteral("name")).toString();
}

Result<SourcePackage> SourcePackage::read(const QString &fileName, PackageVerdict verdict)
{
    SourcePackage package;
    package.m_verdict = std::move(verdict);
    package.m_fileName = fileName;
    if (package.manifest().kind != PackageKind::Review)
        return Error {
            tr("%1 is a consolidated package, not an auditor's review package.").arg(fileName)};
    ZipReader reader;
    if (auto opened = reader.open(fileName); !opened)
        return opened.error();
    // What verification saw is what is read: each entry again against the manifest.
    const auto entry = [&](const QString &name) -> Result<QByteArray> {
        const ManifestEntry *listed = package.manifest().entry(name);
        const int index = reader.indexOf(name.toUtf8());
        if (!listed || index < 0)
            return Error {tr("%1 has no %2.").arg(fileName, name)};
        auto bytes = reader.read(index);
        if (!bytes)
            return bytes.error();
        if (crypto::Sha256::hexOf(std::string_view(bytes->constData(), size_t(bytes->size())))
            != listed->sha256)
            return Error {tr("%1 changed after it was verified: %2 no longer has the SHA-256 its "
                             "manifest records.")
                              .arg(fileName, name)};
        return bytes;
    };
    auto findings = entry(QStringLiteral("findings.json"));
    if (!findings)
        return findings.error();
    if (auto read = package.readFindings(*findings); !read)
        return read.error();
    auto coverage = entry(QStringLiteral("coverage.json"));
    if (!coverage)
        return coverage.error();
    if (auto read = package.readCoverage(*coverage); !read)
        return read.error();
    return package;
}

Result<SourceFinding> SourcePackage::findingFromJson(const QJsonObject &object,
                                                     const QString &where)
{
    QString error;
    SourceFinding finding = findingFrom(object, where, error);
    if (error.isEmpty() && finding.finding.locations.isEmpty())
        error = where + QStringLiteral(": ") + tr("it has no location");
    if (!error.isEmpty())
        return Error {error};
    return finding;
}

Result<void> SourcePackage::readFindings(const QByteArray &bytes)
{
    const QString where = tr("findings.json of %1").arg(m_fileName);
    auto document = parseDocument(bytes, where);
    if (!document)
        return document.error();
    QString error;
    StrictObject root(document->object(), where, error);
    if (root.text("type") != QLatin1String("clearroom-findings") || root.value("version") != 1)
        root.fail(tr("it is not a Clearroom findings list of version 1"));
    QSet<QString> names;
    for (const QJsonValue &value : root.array("repositories")) {
        StrictObject object(value, tr("%1, a repository").arg(where), error);
        SourceRepository repository;
        repository.name = object.text("name");
        repository.commit = object.hex("commit", 40);
        repository.tree = object.hex("tree", 40);
        if (names.contains(repository.name))
            object.fail(tr("the repository \"%1\" is listed twice").arg(repository.name));
        names.insert(repository.name);
        m_repositories.append(repository);
    }
    QSet<QString> ids;
    int number = 0;
    for (const QJsonValue &value : root.array("findings")) {
        if (!error.isEmpty())
            break;
        const QString at = tr("%1, finding %2").arg(where).arg(++number);
        SourceFinding source = findingFrom(value, at, error);
        const review::Finding &finding = source.finding;
        StrictObject object(value, at, error);
        if (!error.isEmpty())
            break;
        if (finding.id.isEmpty() || ids.contains(finding.id))
            object.fail(tr("its id is empty or not unique"));
        else if (!names.contains(finding.repository))
            object.fail(tr("its repository \"%1\" is not among the package's repositories")
                            .arg(finding.repository));
        else if (finding.locations.isEmpty())
            object.fail(tr("it has no location"));
        ids.insert(finding.id);
        m_findings.append(source);
    }
    if (!error.isEmpty())
        return Error {error};
    return {};
}

Result<void> SourcePackage::readCoverage(const QByteArray &bytes)
{
    const QString where = tr("coverage.json of %1").arg(m_fileName);
    auto document = parseDocument(bytes, where);
    if (!document)
        return document.error();
    QString error;
    StrictObject root(document->object(), where, error);
    if (root.text("type") != QLatin1String("clearroom-coverage") || root.value("version") != 1)
        root.fail(tr("it is not a Clearroom coverage list of version 1"));
    for (const QJsonValue &value : root.array("repositories")) {
        if (!error.isEmpty())
            break;
        StrictObject object(value, tr("%1, a repository").arg(where), error);
        const QString name = object.text("name");
        const QByteArray commit = object.hex("commit", 40);
        auto repository = std::find_if(m_repositories.begin(), m_repositories.end(),
                                       [&](const SourceRepository &each) {
                                           return each.name == name && each.commit == commit;
                                       });
        if (error.isEmpty() && repository == m_repositories.end()) {
            object.fail(
                tr("the repository \"%1\" at that commit is not in findings.json").arg(name));
            break;
        }
        for (const QJsonValue &fileValue : object.array("files")) {
            if (!error.isEmpty())
                break;
            StrictObject file(fileValue, tr("%1, a file").arg(object.where()), error);
            SourceFileCoverage coverage;
            coverage.path = file.path("path");
            coverage.lines = file.number("lines", 0, MaximumLine);
            coverage.reviewedLines = file.number("reviewed_lines", 0, coverage.lines);
            for (const QJsonValue &rangeValue : file.array("ranges")) {
                StrictObject range(rangeValue, tr("%1, a range").arg(file.where()), error);
                review::CoverageRange each;
                each.repository = name;
                each.commit = commit;
                each.path = coverage.path;
                each.startLine = int(range.number("start_line", 1, MaximumLine));
                each.endLine = int(range.number("end_line", each.startLine, MaximumLine));
                each.reviewer = range.text("reviewer");
                each.marked = range.time("marked");
                coverage.ranges.append(each);
            }
            repository->files.append(coverage);
        }
    }
    if (!error.isEmpty())
        return Error {error};
    return {};
}

} // namespace clearroom::package
