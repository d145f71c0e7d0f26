// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVector>

namespace clearroom::cli {

/// One option a command accepts: `--long`, `-s`, or both, with or without a value.
struct OptionSpec
{
    QByteArray longName; ///< without the dashes; may be empty
    char shortName = 0; ///< 0 for none
    bool takesValue = false;
    /// The name the command uses to ask for it (defaults to the long name).
    QByteArray key() const { return longName.isEmpty() ? QByteArray(1, shortName) : longName; }
};

/// The arguments of one command after parsing: options given in any order before
/// `--`, short flags combined (`-rl`), values as `--opt=V`, `--opt V`, `-oV` or `-o V`.
class ParsedArguments
{
public:
    bool isSet(const QByteArray &key) const { return m_values.contains(key); }
    /// The last value given for an option (git's rule: the last one wins).
    QByteArray value(const QByteArray &key) const;
    QByteArrayList values(const QByteArray &key) const { return m_values.value(key); }
    /// Arguments that are not options, before `--`.
    const QByteArrayList &positional() const { return m_positional; }
    /// Arguments after `--`.
    const QByteArrayList &afterSeparator() const { return m_afterSeparator; }
    bool hasSeparator() const { return m_hasSeparator; }
    /// Of `keys`, the one given last (git's rule for options that override each other,
    /// such as -E and -F); empty when none was given.
    QByteArray lastOf(const QByteArrayList &keys) const;

private:
    friend class ArgumentParser;
    void add(const QByteArray &key, const QByteArray &value);
    QHash<QByteArray, QByteArrayList> m_values;
    QByteArrayList m_order; ///< keys in the order they were given
    QByteArrayList m_positional;
    QByteArrayList m_afterSeparator;
    bool m_hasSeparator = false;
};

/// Parses the arguments of one command against the options it accepts.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::ArgumentParser)

public:
    /// `command` prefixes every message ("repo ls-tree: ..."); empty for the tool's own options.
    ArgumentParser(QString command, QVector<OptionSpec> options);
    /// With `stopAtFirstPositional`, everything from the first non-option on is positional
    /// (for global options before a subcommand).
    Result<ParsedArguments> parse(const QByteArrayList &arguments,
                                  bool stopAtFirstPositional = false) const;

private:
    const OptionSpec *findLong(const QByteArray &name) const;
    const OptionSpec *findShort(char name) const;
    Error usageError(const QString &message) const;

    QString m_command;
    QVector<OptionSpec> m_options;
};

} // namespace clearroom::cli
