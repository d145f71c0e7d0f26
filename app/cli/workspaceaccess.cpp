// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspaceaccess.h"

#include "pathquote.h"

#include <QFile>

namespace clearroom::cli {

Result<QByteArrayList> WorkspaceAccess::positionals(const QString &command,
                                                    const ParsedArguments &arguments,
                                                    const QStringList &names)
{
    QByteArrayList values = arguments.positional();
    values += arguments.afterSeparator();
    if (values.size() != names.size()) {
        return Error {
            tr("%1: expects %2; see '%1 --help'.").arg(command, names.join(QLatin1Char(' '))),
            true};
    }
    return values;
}

Result<std::unique_ptr<review::Workspace>> WorkspaceAccess::open(const QByteArray &fileName)
{
    return review::Workspace::open(QFile::decodeName(fileName));
}

Result<git::Repository> WorkspaceAccess::openRepository(const review::ReviewRepository &repository)
{
    auto opened = git::Repository::open(repository.path);
    if (!opened) {
        return Error {tr("The repository '%1' of the review cannot be opened at '%2': %3")
                          .arg(repository.name, repository.path, opened.errorMessage())};
    }
    return opened;
}

Result<git::ObjectId> WorkspaceAccess::commit(const git::Repository &repository,
                                              const review::ReviewRepository &reviewed,
                                              const QByteArray &revision)
{
    if (revision.isEmpty())
        return git::ObjectId::fromHex(reviewed.commit);
    return repository.resolveCommit(revision);
}

Result<QString> WorkspaceAccess::readText(const QByteArray &fileName, const QString &option)
{
    QFile file(QFile::decodeName(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            tr("%1: cannot read '%2': %3").arg(option, file.fileName(), file.errorString())};
    }
    // Descriptions are text someone wrote, not code: a megabyte is far more than enough.
    constexpr qint64 limit = 1024 * 1024;
    const QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return Error {tr("%1: '%2' is larger than 1 MiB.").arg(option, file.fileName())};
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return Error {tr("%1: '%2' is not UTF-8 text.").arg(option, file.fileName())};
    return text;
}

Result<QByteArray> WorkspaceAccess::dispatch(const char *group,
                                             std::initializer_list<Subcommand> commands,
                                             const QByteArrayList &arguments)
{
    const QByteArray name = arguments.value(0);
    for (const Subcommand &command : commands) {
        if (name == command.name)
            return command.run(arguments.mid(1));
    }
    return Error {tr("'%1 %2' is not a command; see 'clearroom-cli %1 --help'.")
                      .arg(QLatin1String(group), git::displayBytes(name)),
                  true};
}

Result<std::unique_ptr<review::Workspace>> WorkspaceCall::openWorkspace() const
{
    return WorkspaceAccess::open(positional.at(0));
}

Result<WorkspaceCall> WorkspaceAccess::parse(const QString &command,
                                             const QVector<OptionSpec> &options,
                                             const QByteArrayList &arguments,
                                             const QStringList &names)
{
    auto parsed = ArgumentParser(command, options).parse(arguments);
    if (!parsed)
        return parsed.error();
    auto values = positionals(command, *parsed, names);
    if (!values)
        return values.error();
    return WorkspaceCall {std::move(parsed).value(), std::move(values).value()};
}

Result<QByteArray> WorkspaceAccess::format(const QString &command, const ParsedArguments &arguments,
                                           const QByteArrayList &formats,
                                           const QByteArray &fallback)
{
    const QByteArray format = arguments.isSet("format") ? arguments.value("format") : fallback;
    if (formats.contains(format))
        return format;
    return Error {
        tr("%1: --format is %2, not '%3'.")
            .arg(command, QString::fromLatin1(formats.join(" or ")), git::displayBytes(format)),
        true};
}

QString WorkspaceAccess::shown(const QString &text)
{
    return git::displayBytes(text.toUtf8());
}

} // namespace clearroom::cli
