// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "arguments.h"
#include "repository.h"
#include "result.h"
#include "workspace.h"

#include <QCoreApplication>

#include <initializer_list>
#include <memory>
#include <utility>

namespace clearroom::cli {

/// A workspace subcommand's command line, parsed: its options and its positional
/// arguments, the workspace's file name first.
struct WorkspaceCall
{
    ParsedArguments options;
    QByteArrayList positional;

    /// Opens the workspace the command line names.
    Result<std::unique_ptr<review::Workspace>> openWorkspace() const;
};

/// What the workspace commands (review, finding, coverage, log) share: opening the
/// workspace and the review's repositories, reading text files named on the command line.
class WorkspaceAccess
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::WorkspaceAccess)

public:
    /// The WORKSPACE argument and `extra` more positional arguments, exactly.
    static Result<QByteArrayList>
    positionals(const QString &command, const ParsedArguments &arguments, const QStringList &names);
    static Result<std::unique_ptr<review::Workspace>> open(const QByteArray &fileName);
    static Result<git::Repository> openRepository(const review::ReviewRepository &repository);
    /// A commit of the repository: `revision` resolved, or the review's current commit.
    static Result<git::ObjectId> commit(const git::Repository &repository,
                                        const review::ReviewRepository &reviewed,
                                        const QByteArray &revision);
    /// A UTF-8 text file given as an option's value (descriptions, comments).
    static Result<QString> readText(const QByteArray &fileName, const QString &option);
    /// An argument as text (arguments are bytes; names and titles are UTF-8).
    static QString text(const QByteArray &argument) { return QString::fromUtf8(argument); }
    /// Text from the workspace or the repository, safe to print on a terminal.
    static QString shown(const QString &text);

    /// The value of --format: one of `formats`, `fallback` when not given.
    static Result<QByteArray> format(const QString &command, const ParsedArguments &arguments,
                                     const QByteArrayList &formats, const QByteArray &fallback);

    /// One subcommand of a group such as `finding`.
    struct Subcommand
    {
        const char *name;
        Result<QByteArray> (*run)(const QByteArrayList &arguments);
    };
    /// Runs the subcommand named by the first argument.
    static Result<QByteArray> dispatch(const char *group,
                                       std::initializer_list<Subcommand> commands,
                                       const QByteArrayList &arguments);
    /// Parses a subcommand's options and its positional arguments, which must be `names`.
    static Result<WorkspaceCall> parse(const QString &command, const QVector<OptionSpec> &options,
                                       const QByteArrayList &arguments, const QStringList &names);
};

} // namespace clearroom::cli
