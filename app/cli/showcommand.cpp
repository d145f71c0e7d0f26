// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "showcommand.h"

#include "arguments.h"
#include "pathquote.h"
#include "repository.h"

namespace clearroom::cli {

Result<void> ShowCommand::run(const RepositoryOpener &openRepository,
                              const QByteArrayList &arguments, CommandOutput &output)
{
    const ArgumentParser parser(QStringLiteral("repo show"), {});
    auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();
    QByteArrayList operands = parsed->positional();
    operands += parsed->afterSeparator();
    if (operands.size() != 1)
        return Error {tr("repo show: name exactly one object, e.g. HEAD:README.md."), true};
    const QByteArray &revision = operands.first();

    auto opened = openRepository();
    if (!opened)
        return opened.error();
    const git::Repository &repository = *opened;
    auto object = repository.resolve(revision);
    if (!object)
        return object.error();

    switch (object->type) {
    case git::ObjectType::Blob:
        return repository.streamBlob(object->id, [&output](const char *data, qsizetype size) {
            return output.write(data, size);
        });
    case git::ObjectType::Tree: {
        auto entries = repository.treeEntries(object->id);
        if (!entries)
            return entries.error();
        QByteArray listing = "tree " + revision + "\n\n";
        for (const git::TreeEntry &entry : std::as_const(*entries)) {
            listing += entry.name;
            if (entry.isTree())
                listing += '/';
            listing += '\n';
        }
        return output.write(listing);
    }
    case git::ObjectType::Commit:
    case git::ObjectType::Tag:
    case git::ObjectType::Unknown:
        break;
    }
    return Error {tr("repo show: '%1' is a %2; only files (blobs) and folders (trees) can be "
                     "shown, e.g. %1:PATH.")
                      .arg(git::displayBytes(revision),
                           QString::fromLatin1(git::objectTypeName(object->type)))};
}

QString ShowCommand::help()
{
    return tr("Usage: clearroom-cli [-C REPO] repo show REV:PATH\n"
              "\n"
              "Prints a file (blob) byte for byte, or the names in a folder (tree), exactly as\n"
              "'git show' does.\n");
}

} // namespace clearroom::cli
