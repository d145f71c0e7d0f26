// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspacecommands.h"

#include "arguments.h"
#include "auditstate.h"
#include "coveragereport.h"
#include "locationreader.h"
#include "pathquote.h"
#include "workspaceaccess.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace clearroom::cli {

namespace {

struct Target
{
    std::unique_ptr<review::Workspace> workspace;
    review::ReviewRepository reviewed;
    std::optional<git::Repository> repository;
    git::ObjectId commit;
};

Result<Target> openTarget(const WorkspaceCall &call)
{
    const ParsedArguments &parsed = call.options;
    Target target;
    auto workspace = call.openWorkspace();
    if (!workspace)
        return workspace.error();
    target.workspace = std::move(workspace).value();
    auto reviewed = target.workspace->repositoryOrOnly(WorkspaceAccess::text(parsed.value("repo")));
    if (!reviewed)
        return reviewed.error();
    target.reviewed = *reviewed;
    auto repository = WorkspaceAccess::openRepository(*reviewed);
    if (!repository)
        return repository.error();
    target.repository.emplace(std::move(repository).value());
    auto commit = WorkspaceAccess::commit(*target.repository, *reviewed, parsed.value("commit"));
    if (!commit)
        return commit.error();
    target.commit = *commit;
    return target;
}

// mark and unmark: the files and lines named, checked against the commit.
Result<QByteArray> change(const QByteArrayList &arguments, bool mark)
{
    const QString command
        = mark ? QStringLiteral("coverage mark") : QStringLiteral("coverage unmark");
    auto call = WorkspaceAccess::parse(
        command, {{"repo", 0, true}, {"commit", 0, true}, {"path", 0, true}, {"lines", 0, true}},
        arguments, {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    const QByteArrayList paths = call->options.values("path");
    if (paths.isEmpty())
        return Error {CoverageCommand::tr("%1: --path is required.").arg(command), true};
    if (call->options.isSet("lines") && paths.size() != 1)
        return Error {CoverageCommand::tr("%1: --lines goes with exactly one --path.").arg(command),
                      true};
    std::optional<std::pair<int, int>> lines;
    if (call->options.isSet("lines")) {
        auto range = review::LocationReader::parseLines(
            WorkspaceAccess::text(call->options.value("lines")));
        if (!range)
            return Error {command + QStringLiteral(": ") + range.errorMessage(), true};
        lines = *range;
    }
    auto target = openTarget(*call);
    if (!target)
        return target.error();
    const review::LocationReader reader(*target->repository);
    QVector<review::CoverageRange> ranges;
    int lineTotal = 0;
    for (const QByteArray &path : paths) {
        auto file = reader.file(target->commit, path);
        if (!file)
            return file.error();
        auto within = review::LocationReader::lineRange(*file, lines);
        if (!within)
            return within.error();
        review::CoverageRange range;
        range.path = file->path;
        std::tie(range.startLine, range.endLine) = *within;
        ranges.append(range);
        lineTotal += range.endLine - range.startLine + 1;
    }
    review::CoverageStore &store = target->workspace->coverage();
    const QByteArray commit = target->commit.toHex();
    if (mark) {
        if (auto marked = store.mark(target->reviewed.name, commit, ranges); !marked)
            return marked.error();
        return CoverageCommand::tr("Marked %n line(s) reviewed.\n", nullptr, lineTotal).toUtf8();
    }
    auto done = target->workspace->batch([&]() -> Result<void> {
        for (const review::CoverageRange &range : std::as_const(ranges)) {
            if (auto unmarked = store.unmark(target->reviewed.name, commit, range.path,
                                             {range.startLine, range.endLine});
                !unmarked)
                return unmarked;
        }
        return {};
    });
    if (!done)
        return done.error();
    return CoverageCommand::tr("Marked %n line(s) unreviewed.\n", nullptr, lineTotal).toUtf8();
}

QJsonObject totalsJson(const review::CoverageTotals &totals)
{
    return {{QStringLiteral("files"), totals.files},
            {QStringLiteral("reviewed_files"), totals.reviewedFiles},
            {QStringLiteral("partial_files"), totals.partialFiles},
            {QStringLiteral("lines"), double(totals.lines)},
            {QStringLiteral("reviewed_lines"), double(totals.reviewedLines)}};
}

QString percent(double value)
{
    return QString::number(value, 'f', 1) + QLatin1Char('%');
}

Result<QByteArray> show(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("coverage show");
    auto call = WorkspaceAccess::parse(
        command, {{"repo", 0, true}, {"commit", 0, true}, {"format", 0, true}}, arguments,
        {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    auto chosen = WorkspaceAccess::format(command, call->options, {"json", "table"}, "table");
    if (!chosen)
        return chosen.error();
    const QByteArray format = *chosen;
    auto target = openTarget(*call);
    if (!target)
        return target.error();
    auto marks
        = target->workspace->coverage().ranges(target->reviewed.name, target->commit.toHex());
    if (!marks)
        return marks.error();
    auto report = review::CoverageReport::compute(*target->repository, target->commit, *marks);
    if (!report)
        return report.error();

    QByteArrayList folders = report->folders().keys();
    std::sort(folders.begin(), folders.end());
    if (format == "json") {
        QJsonArray files;
        for (const review::FileCoverage &file : report->files()) {
            files.append(
                QJsonObject {{QStringLiteral("path"), review::auditstate::pathValue(file.path)},
                             {QStringLiteral("lines"), file.lines},
                             {QStringLiteral("reviewed_lines"), file.reviewedLines}});
        }
        QJsonArray folderArray;
        for (const QByteArray &folder : std::as_const(folders)) {
            QJsonObject object = totalsJson(report->folders().value(folder));
            object.insert(QStringLiteral("path"), review::auditstate::pathValue(folder));
            folderArray.append(object);
        }
        QJsonArray markArray;
        for (const review::CoverageRange &mark : std::as_const(*marks)) {
            markArray.append(
                QJsonObject {{QStringLiteral("path"), review::auditstate::pathValue(mark.path)},
                             {QStringLiteral("start_line"), mark.startLine},
                             {QStringLiteral("end_line"), mark.endLine},
                             {QStringLiteral("reviewer"), mark.reviewer},
                             {QStringLiteral("marked"), review::timeToText(mark.marked)}});
        }
        const QJsonObject object {
            {QStringLiteral("repository"), target->reviewed.name},
            {QStringLiteral("commit"), QString::fromLatin1(target->commit.toHex())},
            {QStringLiteral("total"), totalsJson(report->total())},
            {QStringLiteral("folders"), folderArray},
            {QStringLiteral("files"), files},
            {QStringLiteral("marks"), markArray}};
        return QJsonDocument(object).toJson(QJsonDocument::Indented);
    }
    const review::CoverageTotals &total = report->total();
    QString text
        = CoverageCommand::tr("Coverage of '%1' at %2: %3 of lines (%4 of %5), %6 of "
                              "files (%7 of %8; %9 partly)\n")
              .arg(WorkspaceAccess::shown(target->reviewed.name),
                   QString::fromLatin1(target->commit.toHex()), percent(total.linePercent()),
                   QString::number(total.reviewedLines), QString::number(total.lines),
                   percent(total.filePercent()), QString::number(total.reviewedFiles),
                   QString::number(total.files), QString::number(total.partialFiles));
    for (const review::FileCoverage &file : report->files()) {
        if (file.reviewedLines == 0)
            continue;
        text += QStringLiteral("%1 %2/%3 %4\n")
                    .arg(percent(100.0 * file.reviewedLines / file.lines).rightJustified(7),
                         QString::number(file.reviewedLines), QString::number(file.lines),
                         git::displayBytes(file.path));
    }
    return text.toUtf8();
}

Result<QByteArray> mark(const QByteArrayList &arguments)
{
    return change(arguments, true);
}

Result<QByteArray> unmark(const QByteArrayList &arguments)
{
    return change(arguments, false);
}

} // namespace

Result<QByteArray> CoverageCommand::run(const QByteArrayList &arguments)
{
    return WorkspaceAccess::dispatch(
        "coverage", {{"mark", &mark}, {"unmark", &unmark}, {"show", &show}}, arguments);
}

QString CoverageCommand::help()
{
    return tr("Usage: clearroom-cli coverage COMMAND WORKSPACE [options]\n"
              "\n"
              "  mark WORKSPACE [--repo NAME] [--commit REV] --path P [--lines A-B]\n"
              "      mark lines (or, without --lines, whole files; --path may repeat) as\n"
              "      reviewed by the workspace's reviewer\n"
              "  unmark WORKSPACE [--repo NAME] [--commit REV] --path P [--lines A-B]\n"
              "      mark them unreviewed again\n"
              "  show WORKSPACE [--repo NAME] [--commit REV] [--format json|table]\n"
              "      the share of lines and files reviewed, per file, folder and in total;\n"
              "      blank lines, binary files and files of blank lines do not count\n");
}

} // namespace clearroom::cli
