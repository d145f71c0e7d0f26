// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspacecommands.h"

#include "arguments.h"
#include "findingjson.h"
#include "findingstore.h"
#include "locationreader.h"
#include "pathquote.h"
#include "workspaceaccess.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace clearroom::cli {

namespace {

Result<int> parseCwe(const QByteArray &value, const QString &command)
{
    QByteArray digits = value.trimmed().toUpper();
    if (digits.startsWith("CWE-"))
        digits = digits.mid(4);
    bool ok = false;
    const int id = digits.toInt(&ok);
    if (!ok || id <= 0) {
        return Error {FindingCommand::tr("%1: '%2' is not a CWE id (write 79 or CWE-79).")
                          .arg(command, git::displayBytes(value)),
                      true};
    }
    return id;
}

Result<review::Severity> parseSeverity(const QByteArray &value, const QString &command)
{
    if (auto severity = review::FindingNames::severityFromKey(WorkspaceAccess::text(value)))
        return *severity;
    return Error {FindingCommand::tr("%1: '%2' is not a severity; use one of: %3.")
                      .arg(command, git::displayBytes(value),
                           review::FindingNames::severityKeys().join(QStringLiteral(", "))),
                  true};
}

Result<review::FindingStatus> parseStatus(const QByteArray &value, const QString &command)
{
    if (auto status = review::FindingNames::statusFromKey(WorkspaceAccess::text(value)))
        return *status;
    return Error {FindingCommand::tr("%1: '%2' is not a status; use one of: %3.")
                      .arg(command, git::displayBytes(value),
                           review::FindingNames::statusKeys().join(QStringLiteral(", "))),
                  true};
}

// The editable fields given on the command line (add and update share them).
Result<review::FindingChanges> readChanges(const ParsedArguments &parsed, const QString &command)
{
    review::FindingChanges changes;
    if (parsed.isSet("title"))
        changes.title = WorkspaceAccess::text(parsed.value("title"));
    if (parsed.isSet("severity")) {
        auto severity = parseSeverity(parsed.value("severity"), command);
        if (!severity)
            return severity.error();
        changes.severity = *severity;
    }
    if (parsed.isSet("status")) {
        auto status = parseStatus(parsed.value("status"), command);
        if (!status)
            return status.error();
        changes.status = *status;
    }
    if (parsed.isSet("cwe") && parsed.isSet("no-cwe")) {
        return Error {FindingCommand::tr("%1: --cwe and --no-cwe exclude each other.").arg(command),
                      true};
    }
    if (parsed.isSet("cwe")) {
        auto cwe = parseCwe(parsed.value("cwe"), command);
        if (!cwe)
            return cwe.error();
        changes.cwe = *cwe;
    }
    if (parsed.isSet("no-cwe"))
        changes.cwe = 0;
    for (const char *option : {"description-file", "recommendation-file"}) {
        if (!parsed.isSet(option))
            continue;
        auto text = WorkspaceAccess::readText(parsed.value(option),
                                              QStringLiteral("--") + QLatin1String(option));
        if (!text)
            return text.error();
        (qstrcmp(option, "description-file") == 0 ? changes.description : changes.recommendation)
            = *text;
    }
    return changes;
}

// Where a finding is: PATH and lines, as given by --path and --lines or by --also.
using WantedLocations = QVector<std::pair<QByteArray, QString>>;

// Each --also PATH:A-B.
Result<WantedLocations> alsoLocations(const ParsedArguments &parsed, const QString &command)
{
    WantedLocations wanted;
    for (const QByteArray &also : parsed.values("also")) {
        const qsizetype colon = also.lastIndexOf(':');
        if (colon <= 0) {
            return Error {FindingCommand::tr("%1: --also '%2' is not PATH:A-B.")
                              .arg(command, git::displayBytes(also)),
                          true};
        }
        wanted.append({also.left(colon), WorkspaceAccess::text(also.mid(colon + 1))});
    }
    return wanted;
}

// The locations wanted, read from a commit of the repository.
Result<QVector<review::FindingLocation>> readLocations(const git::Repository &repository,
                                                       const git::ObjectId &commit,
                                                       const WantedLocations &wanted,
                                                       const QString &command)
{
    const review::LocationReader reader(repository);
    QVector<review::FindingLocation> locations;
    for (const auto &[path, lines] : wanted) {
        auto range = review::LocationReader::parseLines(lines);
        if (!range)
            return Error {command + QStringLiteral(": ") + range.errorMessage(), true};
        auto location = reader.read(commit, path, range->first, range->second);
        if (!location)
            return location.error();
        locations.append(*location);
    }
    return locations;
}

const QVector<OptionSpec> fieldOptions {
    {"title", 0, true}, {"severity", 0, true},         {"status", 0, true},
    {"cwe", 0, true},   {"description-file", 0, true}, {"recommendation-file", 0, true}};

Result<QByteArray> add(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("finding add");
    auto call = WorkspaceAccess::parse(command,
                                       fieldOptions
                                           + QVector<OptionSpec> {{"repo", 0, true},
                                                                  {"commit", 0, true},
                                                                  {"path", 0, true},
                                                                  {"lines", 0, true},
                                                                  {"also", 0, true}},
                                       arguments, {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    const ParsedArguments &options = call->options;
    for (const char *required : {"path", "lines", "severity", "title"}) {
        if (!options.isSet(required)) {
            return Error {
                FindingCommand::tr("finding add: --%1 is required.").arg(QLatin1String(required)),
                true};
        }
    }
    auto fields = readChanges(options, command);
    if (!fields)
        return fields.error();
    review::Finding finding;
    finding.title = *fields->title;
    finding.severity = *fields->severity;
    finding.status = fields->status.value_or(review::FindingStatus::Open);
    finding.cwe = fields->cwe.value_or(0);
    finding.description = fields->description.value_or(QString());
    finding.recommendation = fields->recommendation.value_or(QString());
    // Every location as PATH and lines: the primary one first, then each --also.
    auto also = alsoLocations(options, command);
    if (!also)
        return also.error();
    const WantedLocations wanted
        = WantedLocations {{options.value("path"), WorkspaceAccess::text(options.value("lines"))}}
        + *also;

    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    auto reviewed = (*workspace)->repositoryOrOnly(WorkspaceAccess::text(options.value("repo")));
    if (!reviewed)
        return reviewed.error();
    auto repository = WorkspaceAccess::openRepository(*reviewed);
    if (!repository)
        return repository.error();
    auto commit = WorkspaceAccess::commit(*repository, *reviewed, options.value("commit"));
    if (!commit)
        return commit.error();
    auto locations = readLocations(*repository, *commit, wanted, command);
    if (!locations)
        return locations.error();
    finding.locations = *locations;
    finding.repository = reviewed->name;
    finding.commit = commit->toHex();
    auto id = (*workspace)->findings().add(finding);
    if (!id)
        return id.error();
    return QByteArray(id->toUtf8() + '\n');
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

Result<QByteArray> list(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("finding list");
    auto call = WorkspaceAccess::parse(command, {{"format", 0, true}}, arguments,
                                       {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    auto chosen = WorkspaceAccess::format(command, call->options, {"json", "table"}, "table");
    if (!chosen)
        return chosen.error();
    const QByteArray format = *chosen;
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    auto findings = (*workspace)->findings().all();
    if (!findings)
        return findings.error();
    if (format == "json") {
        QJsonArray array;
        for (const review::Finding &finding : std::as_const(*findings))
            array.append(review::findingjson::finding(finding));
        return QJsonDocument(QJsonObject {{QStringLiteral("findings"), array}})
            .toJson(QJsonDocument::Indented);
    }
    QString table = padded(FindingCommand::tr("ID"), 9) + padded(FindingCommand::tr("SEVERITY"), 10)
        + padded(FindingCommand::tr("STATUS"), 16) + padded(FindingCommand::tr("LOCATION"), 32)
        + FindingCommand::tr("TITLE") + QLatin1Char('\n');
    for (const review::Finding &finding : std::as_const(*findings)) {
        const review::FindingLocation &primary = finding.primary();
        const QString location = QStringLiteral("%1:%2-%3")
                                     .arg(git::displayBytes(primary.path))
                                     .arg(primary.startLine)
                                     .arg(primary.endLine);
        table += padded(finding.id.left(8), 9)
            + padded(review::FindingNames::severityKey(finding.severity), 10)
            + padded(review::FindingNames::statusKey(finding.status), 16) + padded(location, 31)
            + QLatin1Char(' ') + WorkspaceAccess::shown(finding.title) + QLatin1Char('\n');
    }
    return table.toUtf8();
}

Result<QByteArray> show(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("finding show");
    auto call = WorkspaceAccess::parse(command, {{"format", 0, true}}, arguments,
                                       {QStringLiteral("WORKSPACE"), QStringLiteral("ID")});
    if (!call)
        return call.error();
    auto chosen = WorkspaceAccess::format(command, call->options, {"json", "text"}, "text");
    if (!chosen)
        return chosen.error();
    const QByteArray format = *chosen;
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    review::FindingStore &store = (*workspace)->findings();
    auto id = store.resolveId(WorkspaceAccess::text(call->positional.at(1)));
    if (!id)
        return id.error();
    auto finding = store.get(*id);
    if (!finding)
        return finding.error();
    auto comments = store.comments(*id);
    if (!comments)
        return comments.error();
    if (format == "json") {
        QJsonObject object = review::findingjson::finding(*finding);
        QJsonArray thread;
        for (const review::Comment &comment : std::as_const(*comments))
            thread.append(review::findingjson::comment(comment));
        object.insert(QStringLiteral("comments"), thread);
        return QJsonDocument(object).toJson(QJsonDocument::Indented);
    }
    QString text = FindingCommand::tr("Finding %1\nTitle:          %2\nSeverity:       %3\n"
                                      "Status:         %4\n")
                       .arg(finding->id, WorkspaceAccess::shown(finding->title),
                            review::FindingNames::severityKey(finding->severity),
                            review::FindingNames::statusKey(finding->status));
    if (finding->cwe > 0)
        text += FindingCommand::tr("CWE:            CWE-%1\n").arg(finding->cwe);
    text += FindingCommand::tr("Repository:     %1 at %2\n")
                .arg(WorkspaceAccess::shown(finding->repository),
                     QString::fromLatin1(finding->commit));
    for (const review::FindingLocation &location : finding->locations) {
        text += FindingCommand::tr("Location:       %1:%2-%3 (%4)\n")
                    .arg(git::displayBytes(location.path))
                    .arg(location.startLine)
                    .arg(location.endLine)
                    .arg(review::FindingNames::anchorKey(location.state));
    }
    text += FindingCommand::tr("Author:         %1\nCreated:        %2\nUpdated:        %3\n")
                .arg(WorkspaceAccess::shown(finding->author), review::timeToText(finding->created),
                     review::timeToText(finding->updated));
    if (!finding->description.isEmpty()) {
        text += FindingCommand::tr("\nDescription:\n%1\n")
                    .arg(git::displayMultilineBytes(finding->description.toUtf8()));
    }
    if (!finding->recommendation.isEmpty()) {
        text += FindingCommand::tr("\nRecommendation:\n%1\n")
                    .arg(git::displayMultilineBytes(finding->recommendation.toUtf8()));
    }
    for (const review::Comment &comment : std::as_const(*comments)) {
        text
            += FindingCommand::tr("\nComment by %1 at %2:\n%3\n")
                   .arg(WorkspaceAccess::shown(comment.author), review::timeToText(comment.created),
                        git::displayMultilineBytes(comment.body.toUtf8()));
    }
    return text.toUtf8();
}

Result<QByteArray> update(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("finding update");
    auto call = WorkspaceAccess::parse(
        command, fieldOptions + QVector<OptionSpec> {{"no-cwe", 0, false}, {"also", 0, true}},
        arguments, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")});
    if (!call)
        return call.error();
    auto read = readChanges(call->options, command);
    if (!read)
        return read.error();
    const review::FindingChanges &changes = *read;
    auto also = alsoLocations(call->options, command);
    if (!also)
        return also.error();
    if (changes.isEmpty() && also->isEmpty())
        return Error {FindingCommand::tr("finding update: name at least one field to change or "
                                         "a location to add (--also)."),
                      true};
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    review::FindingStore &store = (*workspace)->findings();
    auto id = store.resolveId(WorkspaceAccess::text(call->positional.at(1)));
    if (!id)
        return id.error();
    // The further locations are read (from the finding's commit) before anything changes.
    QVector<review::FindingLocation> locations;
    if (!also->isEmpty()) {
        auto finding = store.get(*id);
        if (!finding)
            return finding.error();
        auto reviewed = (*workspace)->repository(finding->repository);
        if (!reviewed)
            return reviewed.error();
        auto repository = WorkspaceAccess::openRepository(*reviewed);
        if (!repository)
            return repository.error();
        auto read
            = readLocations(*repository, git::ObjectId::fromHex(finding->commit), *also, command);
        if (!read)
            return read.error();
        locations = *read;
    }
    // Fields and locations change together or not at all.
    bool changed = false;
    auto done = (*workspace)->batch([&]() -> Result<void> {
        if (!changes.isEmpty()) {
            auto updated = store.update(*id, changes);
            if (!updated)
                return updated.error();
            changed = *updated;
        }
        if (locations.isEmpty())
            return {};
        changed = true;
        return store.addLocations(*id, locations);
    });
    if (!done)
        return done.error();
    return (changed ? FindingCommand::tr("Finding %1 updated.\n")
                    : FindingCommand::tr("Finding %1 unchanged: it already had these values.\n"))
        .arg(*id)
        .toUtf8();
}

Result<QByteArray> comment(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("finding comment");
    auto call = WorkspaceAccess::parse(command, {{"text", 0, true}, {"file", 0, true}}, arguments,
                                       {QStringLiteral("WORKSPACE"), QStringLiteral("ID")});
    if (!call)
        return call.error();
    if (call->options.isSet("text") == call->options.isSet("file"))
        return Error {FindingCommand::tr("finding comment: give either --text or --file."), true};
    QString body = WorkspaceAccess::text(call->options.value("text"));
    if (call->options.isSet("file")) {
        auto text
            = WorkspaceAccess::readText(call->options.value("file"), QStringLiteral("--file"));
        if (!text)
            return text.error();
        body = *text;
    }
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    auto id = (*workspace)->findings().resolveId(WorkspaceAccess::text(call->positional.at(1)));
    if (!id)
        return id.error();
    auto commentId = (*workspace)->findings().addComment(*id, body);
    if (!commentId)
        return commentId.error();
    return QByteArray(commentId->toUtf8() + '\n');
}

Result<QByteArray> remove(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("finding delete");
    auto call = WorkspaceAccess::parse(command, {}, arguments,
                                       {QStringLiteral("WORKSPACE"), QStringLiteral("ID")});
    if (!call)
        return call.error();
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    auto id = (*workspace)->findings().resolveId(WorkspaceAccess::text(call->positional.at(1)));
    if (!id)
        return id.error();
    if (auto removed = (*workspace)->findings().remove(*id); !removed)
        return removed.error();
    return FindingCommand::tr("Finding %1 deleted; the audit log keeps its values.\n")
        .arg(*id)
        .toUtf8();
}

} // namespace

Result<QByteArray> FindingCommand::run(const QByteArrayList &arguments)
{
    return WorkspaceAccess::dispatch("finding",
                                     {{"add", &add},
                                      {"list", &list},
                                      {"show", &show},
                                      {"update", &update},
                                      {"comment", &comment},
                                      {"delete", &remove}},
                                     arguments);
}

QString FindingCommand::help()
{
    return tr("Usage: clearroom-cli finding COMMAND WORKSPACE [options]\n"
              "\n"
              "  add WORKSPACE [--repo NAME] [--commit REV] --path P --lines A-B\n"
              "      [--also PATH:A-B]... --severity S --title T [--cwe N] [--status S]\n"
              "      [--description-file F] [--recommendation-file F]\n"
              "      record a finding; prints its id. --repo may be left out when the review\n"
              "      has one repository; the commit defaults to the review's current one\n"
              "  list WORKSPACE [--format json|table]\n"
              "      every finding, newest first; json prints one object with a 'findings'\n"
              "      array (see the README for its fields)\n"
              "  show WORKSPACE ID [--format json|text]\n"
              "      one finding with its comments\n"
              "  update WORKSPACE ID [--title T] [--severity S] [--status S] [--cwe N|--no-cwe]\n"
              "      [--description-file F] [--recommendation-file F] [--also PATH:A-B]...\n"
              "      change fields; --also adds a location (on the finding's commit)\n"
              "  comment WORKSPACE ID (--text T | --file F)\n"
              "      add a comment to the finding's thread; prints its id\n"
              "  delete WORKSPACE ID\n"
              "      delete a finding (the audit log keeps its values)\n"
              "\n"
              "ID may be any unique prefix of at least 4 characters.\n"
              "Severities: info, low, medium, high, critical.\n"
              "Statuses: open, confirmed, disputed, false-positive, fixed, accepted-risk.\n");
}

} // namespace clearroom::cli
