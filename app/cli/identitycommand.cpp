// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "identitycommand.h"

#include "arguments.h"
#include "repositoryidentity.h"

namespace clearroom::cli {

Result<QByteArray> IdentityCommand::run(const RepositoryOpener &openRepository,
                                        const QByteArrayList &arguments)
{
    const ArgumentParser parser(QStringLiteral("repo identity"), {});
    auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();
    if (!parsed->positional().isEmpty() || !parsed->afterSeparator().isEmpty())
        return Error {tr("repo identity: takes no arguments."), true};
    auto repository = openRepository();
    if (!repository)
        return repository.error();
    auto identity = git::RepositoryInspector::inspect(*repository);
    if (!identity)
        return identity.error();
    return identity->toJson();
}

QString IdentityCommand::help()
{
    return tr("Usage: clearroom-cli [-C REPO] repo identity\n"
              "\n"
              "Prints, as JSON, what identifies the repository (its path, git directory and\n"
              "the remotes its configuration records) and every notice about it: objects\n"
              "read from elsewhere (alternates, commondir, a .git file), configuration that\n"
              "includes other files or names a work tree, replace refs and grafts (which\n"
              "git would apply and Clearroom ignores), and shallow history.\n");
}

} // namespace clearroom::cli
