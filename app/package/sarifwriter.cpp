// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "sarifwriter.h"

#include "cwecatalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <set>

namespace clearroom::package {

using review::Finding;
using review::FindingLocation;
using review::FindingNames;
using review::FindingStatus;
using review::Severity;

namespace {

const QString SourceRoot = QStringLiteral("SRCROOT");
const QString CweTaxonomy = QStringLiteral("CWE");
const QString UnclassifiedRule = QStringLiteral("unclassified");

QJsonObject message(const QString &text)
{
    return {{QStringLiteral("text"), text}};
}

QString cweTaxonId(int cwe)
{
    return QStringLiteral("CWE-%1").arg(cwe);
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// The lines [first, last] of an excerpt, joined by newlines.
QByteArray excerptLines(const Excerpt &excerpt, int first, int last)
{
    QByteArray joined;
    for (int line = first; line <= last; ++line) {
        const int index = line - excerpt.firstLine;
        if (index < 0 || index >= excerpt.lines.size())
            continue;
        if (line > first)
            joined.append('\n');
        joined.append(excerpt.lines.at(index));
    }
    return joined;
}

// Why a finding is suppressed (a false positive, an accepted risk), or "" when it is not.
QString suppression(const Finding &finding)
{
    if (finding.status == FindingStatus::FalsePositive)
        return QStringLiteral("The review judged this finding a false positive.");
    if (finding.status == FindingStatus::AcceptedRisk)
        return QStringLiteral("The review accepted the risk of this finding.");
    return {};
}

// A result, written straight into bytes: a run's results are most of a package's SARIF
// (32 MB for 10,000 findings), and building each as a QJsonObject first took twice as
// long. Keys in byte order, as QJsonObject sorts them (tst_sarifwriter checks the bytes
// against QJsonDocument's and every field against the finding).
class ResultWriter
{
public:
    explicit ResultWriter(QByteArray &out)
        : m_json(out)
    {
    }

    void result(const PackageFinding &packageFinding, int ruleIndex,
                const QJsonObject *consolidation)
    {
        const Finding &finding = packageFinding.finding;
        m_json.beginObject();
        if (!QUuid::fromString(finding.id).isNull()) {
            m_json.key("guid");
            m_json.string(finding.id);
        }
        m_json.key("kind");
        m_json.string(SarifWriter::kind(finding));
        m_json.key("level");
        m_json.string(SarifWriter::level(finding));
        if (!finding.locations.isEmpty()) {
            m_json.key("locations");
            m_json.beginArray();
            location(packageFinding, finding.locations.constFirst(), -1);
            m_json.endArray();
        }
        m_json.key("message");
        text(finding.title);
        m_json.key("partialFingerprints");
        m_json.beginObject();
        m_json.key("clearroomFindingId/v1");
        m_json.string(finding.id);
        m_json.endObject();
        m_json.key("properties");
        properties(finding, consolidation);
        if (finding.created.isValid()) {
            m_json.key("provenance");
            m_json.beginObject();
            m_json.key("firstDetectionTimeUtc");
            m_json.string(review::timeToText(finding.created));
            m_json.endObject();
        }
        if (finding.locations.size() > 1) {
            m_json.key("relatedLocations");
            m_json.beginArray();
            for (int i = 1; i < finding.locations.size(); ++i)
                location(packageFinding, finding.locations.at(i), i);
            m_json.endArray();
        }
        m_json.key("ruleId");
        m_json.string(SarifWriter::ruleId(finding.cwe));
        m_json.key("ruleIndex");
        m_json.number(ruleIndex);
        const QString justification = suppression(finding);
        if (!justification.isEmpty()) {
            m_json.key("suppressions");
            m_json.beginArray();
            m_json.beginObject();
            m_json.key("justification");
            m_json.string(justification);
            m_json.key("kind");
            m_json.utf8(std::string_view("external"));
            m_json.key("status");
            m_json.utf8(std::string_view("accepted"));
            m_json.endObject();
            m_json.endArray();
        }
        m_json.endObject();
    }

private:
    void text(const QString &value)
    {
        m_json.beginObject();
        m_json.key("text");
        m_json.string(value);
        m_json.endObject();
    }

    void properties(const Finding &finding, const QJsonObject *consolidation)
    {
        m_json.beginObject();
        m_json.key("anchorState");
        m_json.string(FindingNames::anchorKey(finding.anchorState));
        m_json.key("author");
        m_json.string(finding.author);
        if (!finding.authorFingerprint.isEmpty()) {
            m_json.key("authorFingerprint");
            m_json.string(finding.authorFingerprint);
        }
        if (consolidation) {
            m_json.key("consolidation");
            m_json.object(*consolidation);
        }
        if (finding.cwe > 0) {
            m_json.key("cwe");
            m_json.number(finding.cwe);
        }
        m_json.key("description");
        m_json.string(finding.description);
        m_json.key("generation");
        m_json.number(finding.generation);
        m_json.key("recommendation");
        m_json.string(finding.recommendation);
        m_json.key("severity");
        m_json.string(FindingNames::severityKey(finding.severity));
        m_json.key("status");
        m_json.string(FindingNames::statusKey(finding.status));
        if (finding.updated.isValid()) {
            m_json.key("updated");
            m_json.string(review::timeToText(finding.updated));
        }
        m_json.endObject();
    }

    // Text when the bytes are UTF-8, else base64: SARIF's artifactContent holds either.
    void snippet(const QByteArray &bytes)
    {
        m_json.beginObject();
        if (isUtf8(bytes)) {
            m_json.key("text");
            m_json.utf8(bytes);
        } else {
            m_json.key("binary");
            m_json.latin1(bytes.toBase64());
        }
        m_json.endObject();
    }

    // A location; `id` >= 0 for a related one.
    void location(const PackageFinding &finding, const FindingLocation &location, int id)
    {
        const Excerpt *excerpt = finding.excerptFor(location);
        m_json.beginObject();
        if (id >= 0) {
            m_json.key("id");
            m_json.number(id);
        }
        m_json.key("physicalLocation");
        m_json.beginObject();
        m_json.key("artifactLocation");
        m_json.beginObject();
        m_json.key("uri");
        m_json.string(SarifWriter::artifactUri(location.path));
        m_json.key("uriBaseId");
        m_json.string(SourceRoot);
        m_json.endObject();
        if (excerpt && excerpt->lines.size() > 0
            && (excerpt->firstLine < location.startLine || excerpt->lastLine() > location.endLine
                || location.startColumn > 0)) {
            m_json.key("contextRegion");
            m_json.beginObject();
            m_json.key("endLine");
            m_json.number(excerpt->lastLine());
            m_json.key("snippet");
            snippet(excerptLines(*excerpt, excerpt->firstLine, excerpt->lastLine()));
            m_json.key("startLine");
            m_json.number(excerpt->firstLine);
            m_json.endObject();
        }
        m_json.key("region");
        region(location, excerpt);
        m_json.endObject();
        m_json.key("properties");
        m_json.beginObject();
        m_json.key("anchorState");
        m_json.string(FindingNames::anchorKey(location.state));
        m_json.key("blobId");
        m_json.latin1(location.blobId);
        m_json.endObject();
        m_json.endObject();
    }

    void region(const FindingLocation &location, const Excerpt *excerpt)
    {
        const bool columns = location.startColumn > 0;
        m_json.beginObject();
        if (columns && location.endColumn > 0) {
            m_json.key("endColumn");
            m_json.number(qint64(location.endColumn) + 1);
        }
        if (location.endLine >= location.startLine) {
            m_json.key("endLine");
            m_json.number(location.endLine);
        }
        if (excerpt && !columns) {
            m_json.key("snippet");
            snippet(excerptLines(*excerpt, location.startLine, location.endLine));
        }
        if (columns) {
            m_json.key("startColumn");
            m_json.number(location.startColumn);
        }
        m_json.key("startLine");
        m_json.number(location.startLine);
        m_json.endObject();
    }

    IndentedJsonWriter m_json;
};

QByteArray renderedResult(const PackageFinding &finding, int ruleIndex,
                          const QJsonObject *consolidation)
{
    QByteArray out;
    ResultWriter(out).result(finding, ruleIndex, consolidation);
    return out;
}

QJsonObject rule(int cwe, int taxonIndex)
{
    if (cwe <= 0) {
        return {
            {QStringLiteral("id"), UnclassifiedRule},
            {QStringLiteral("shortDescription"),
             message(QStringLiteral("A finding without a CWE classification"))},
            {QStringLiteral("properties"),
             QJsonObject {{QStringLiteral("tags"), QJsonArray {QStringLiteral("security")}}}},
        };
    }
    const auto entry = review::CweCatalogue::instance().find(cwe);
    QJsonObject object {
        {QStringLiteral("id"), SarifWriter::ruleId(cwe)},
        {QStringLiteral("shortDescription"), message(entry ? entry->name : cweTaxonId(cwe))},
        {QStringLiteral("relationships"),
         QJsonArray {QJsonObject {
             {QStringLiteral("target"),
              QJsonObject {{QStringLiteral("id"), cweTaxonId(cwe)},
                           {QStringLiteral("index"), taxonIndex},
                           {QStringLiteral("toolComponent"),
                            QJsonObject {{QStringLiteral("name"), CweTaxonomy},
                                         {QStringLiteral("index"), 0}}}}},
             {QStringLiteral("kinds"), QJsonArray {QStringLiteral("equal")}},
         }}},
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("tags"),
                       QJsonArray {QStringLiteral("security"),
                                   QStringLiteral("external/cwe/cwe-%1").arg(cwe)}}}},
    };
    if (entry && !entry->description.isEmpty())
        object.insert(QStringLiteral("fullDescription"), message(entry->description));
    return object;
}

QJsonObject taxonomy(const QVector<int> &cwes)
{
    const review::CweCatalogue &catalogue = review::CweCatalogue::instance();
    QJsonArray taxa;
    for (int cwe : cwes) {
        QJsonObject taxon {{QStringLiteral("id"), cweTaxonId(cwe)}};
        if (const auto entry = catalogue.find(cwe))
            taxon.insert(QStringLiteral("shortDescription"), message(entry->name));
        taxa.append(taxon);
    }
    return {
        {QStringLiteral("name"), CweTaxonomy},
        {QStringLiteral("organization"), QStringLiteral("MITRE")},
        {QStringLiteral("version"), catalogue.version()},
        {QStringLiteral("isComprehensive"), false},
        {QStringLiteral("shortDescription"),
         message(QStringLiteral("MITRE Common Weakness Enumeration (CWE) %1: the weaknesses "
                                "this run's findings name")
                     .arg(catalogue.version()))},
        {QStringLiteral("taxa"), taxa},
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("attribution"), catalogue.attribution()}}},
    };
}

QString repositoryUri(const review::ReviewRepository &repository)
{
    if (!repository.path.isEmpty())
        return QUrl::fromLocalFile(repository.path).toString(QUrl::FullyEncoded);
    // A repository known only by its name still needs an absolute URI.
    return QStringLiteral("urn:clearroom:repository:")
        + QString::fromLatin1(repository.name.toUtf8().toPercentEncoding());
}

// One run: a repository at one commit, and the findings on it.
struct RunKey
{
    int repositoryIndex; // in content.repositories; past its end for unknown ones
    QString repositoryName;
    bool currentCommit; // the commit under review now comes first
    QByteArray commit;
    bool operator<(const RunKey &other) const
    {
        if (repositoryIndex != other.repositoryIndex)
            return repositoryIndex < other.repositoryIndex;
        if (repositoryName != other.repositoryName)
            return repositoryName < other.repositoryName;
        if (currentCommit != other.currentCommit)
            return currentCommit;
        return commit < other.commit;
    }
};

using RunGroups = QMap<RunKey, QVector<const PackageFinding *>>;

// The CWE ids a run's rules stand for, ascending ("unclassified" comes after them).
QVector<int> cwesOf(const QVector<const PackageFinding *> &findings)
{
    std::set<int> cweSet;
    for (const PackageFinding *finding : findings) {
        if (finding->finding.cwe > 0)
            cweSet.insert(finding->finding.cwe);
    }
    return QVector<int>(cweSet.begin(), cweSet.end());
}

int ruleIndex(const QVector<int> &cwes, int cwe)
{
    return cwe > 0 ? int(std::lower_bound(cwes.begin(), cwes.end(), cwe) - cwes.begin())
                   : int(cwes.size());
}

RunGroups runGroups(const PackageContent &content)
{
    // Runs for every repository under review (at its current commit), and for every
    // other repository and commit the findings name.
    QMap<RunKey, QVector<const PackageFinding *>> runs;
    QHash<QString, int> repositoryIndex;
    for (int i = 0; i < content.repositories.size(); ++i) {
        const review::ReviewRepository &repository = content.repositories.at(i).repository;
        repositoryIndex.insert(repository.name, i);
        runs.insert(RunKey {i, repository.name, true, repository.commit}, {});
    }
    for (const PackageFinding &finding : content.findings) {
        const int index
            = repositoryIndex.value(finding.finding.repository, int(content.repositories.size()));
        const bool current = index < content.repositories.size()
            && content.repositories.at(index).repository.commit == finding.finding.commit;
        runs[RunKey {index, finding.finding.repository, current, finding.finding.commit}].append(
            &finding);
    }
    return runs;
}

// A run's object; its results are only `placeholder` (writeIndentedJson() puts them in
// its place one at a time).
QJsonObject run(const PackageContent &content, const RunKey &key,
                const QVector<const PackageFinding *> &findings, const QString &placeholder)
{
    const PackageRepository *repository = key.repositoryIndex < content.repositories.size()
        ? &content.repositories.at(key.repositoryIndex)
        : nullptr;

    const QVector<int> cwes = cwesOf(findings);
    const bool unclassified
        = std::any_of(findings.cbegin(), findings.cend(),
                      [](const PackageFinding *finding) { return finding->finding.cwe <= 0; });
    QJsonArray rules;
    for (int i = 0; i < cwes.size(); ++i)
        rules.append(rule(cwes.at(i), i));
    if (unclassified)
        rules.append(rule(0, 0));

    const QJsonArray results {placeholder};

    QJsonObject driver {
        {QStringLiteral("name"), QStringLiteral("Clearroom")},
        {QStringLiteral("rules"), rules},
    };
    if (!content.toolVersion.isEmpty())
        driver.insert(QStringLiteral("version"), content.toolVersion);

    review::ReviewRepository identity;
    if (repository)
        identity = repository->repository;
    else
        identity.name = key.repositoryName;
    QJsonObject provenanceProperties {{QStringLiteral("repository"), key.repositoryName}};
    if (repository && key.currentCommit && !repository->tree.isEmpty())
        provenanceProperties.insert(QStringLiteral("tree"), QString::fromLatin1(repository->tree));

    QJsonObject object {
        {QStringLiteral("tool"), QJsonObject {{QStringLiteral("driver"), driver}}},
        {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
        {QStringLiteral("versionControlProvenance"),
         QJsonArray {QJsonObject {
             {QStringLiteral("repositoryUri"), repositoryUri(identity)},
             {QStringLiteral("revisionId"), QString::fromLatin1(key.commit)},
             {QStringLiteral("mappedTo"), QJsonObject {{QStringLiteral("uriBaseId"), SourceRoot}}},
             {QStringLiteral("properties"), provenanceProperties},
         }}},
        {QStringLiteral("originalUriBaseIds"),
         QJsonObject {{SourceRoot,
                       QJsonObject {{QStringLiteral("description"),
                                     message(QStringLiteral("The top folder of repository "
                                                            "\"%1\" at commit %2")
                                                 .arg(key.repositoryName,
                                                      QString::fromLatin1(key.commit)))}}}}},
        {QStringLiteral("results"), results},
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("packageId"), content.packageId},
                      {QStringLiteral("reviewId"), content.review.id},
                      {QStringLiteral("reviewName"), content.review.name},
                      {QStringLiteral("repository"), key.repositoryName}}},
    };
    if (!cwes.isEmpty())
        object.insert(QStringLiteral("taxonomies"), QJsonArray {taxonomy(cwes)});
    return object;
}

} // namespace

QString SarifWriter::level(const Finding &finding)
{
    if (finding.status == FindingStatus::Fixed)
        return QStringLiteral("none");
    switch (finding.severity) {
    case Severity::Critical:
    case Severity::High:
        return QStringLiteral("error");
    case Severity::Medium:
        return QStringLiteral("warning");
    case Severity::Low:
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QString SarifWriter::kind(const Finding &finding)
{
    return finding.status == FindingStatus::Fixed ? QStringLiteral("pass") : QStringLiteral("fail");
}

QString SarifWriter::artifactUri(const QByteArray &path)
{
    return QString::fromLatin1(path.toPercentEncoding(QByteArrayLiteral("/")));
}

QString SarifWriter::ruleId(int cwe)
{
    return cwe > 0 ? cweTaxonId(cwe) : UnclassifiedRule;
}

QByteArray SarifWriter::write(const PackageContent &content)
{
    QByteArray sarif;
    const Result<void> written = write(content, [&sarif](const QByteArray &piece) -> Result<void> {
        sarif += piece;
        return {};
    });
    Q_ASSERT(written.ok()); // the piece collector above never fails
    return sarif;
}

SarifWriter::RunsInPieces SarifWriter::runsInPieces(const PackageContent &content,
                                                    const QString &placeholderPrefix)
{
    // Each run's results are a placeholder, a line of its own, in the runs; its results
    // are made one at a time when writeIndentedJson() replaces that line.
    const RunGroups groups = runGroups(content);
    auto findings = std::make_shared<QVector<QVector<const PackageFinding *>>>();
    RunsInPieces pieces;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        pieces.placeholders.append(placeholderPrefix + QString::number(findings->size()));
        pieces.runs.append(run(content, it.key(), it.value(), pieces.placeholders.last()));
        findings->append(it.value());
    }
    pieces.results = [findings](int index, const DecisionOf &decisionOf,
                                const JsonElement &element) -> Result<void> {
        const auto &ofRun = findings->at(index);
        const QVector<int> cwes = cwesOf(ofRun);
        for (const PackageFinding *finding : ofRun) {
            const QJsonObject *decision = decisionOf ? decisionOf(finding->finding.id) : nullptr;
            if (auto written = element(
                    renderedResult(*finding, ruleIndex(cwes, finding->finding.cwe), decision));
                !written)
                return written;
        }
        return {};
    };
    return pieces;
}

Result<void> SarifWriter::write(const PackageContent &content, const Sink &sink)
{
    // The same bytes as the whole log written at once, with one result in memory at a
    // time.
    const RunsInPieces pieces
        = runsInPieces(content, QStringLiteral("clearroom-sarif-results-of-run-"));
    return writeIndentedJson(
        log(pieces.runs), pieces.placeholders,
        [&pieces](int index, const JsonElement &element) {
            return pieces.results(index, {}, element);
        },
        sink);
}

QJsonObject SarifWriter::log(const QJsonArray &runs)
{
    return {
        {QStringLiteral("$schema"),
         QStringLiteral("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                        "sarif-schema-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), runs},
    };
}

} // namespace clearroom::package
