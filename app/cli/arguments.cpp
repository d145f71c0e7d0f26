// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "arguments.h"

#include "pathquote.h"

namespace clearroom::cli {

QByteArray ParsedArguments::value(const QByteArray &key) const
{
    const QByteArrayList list = m_values.value(key);
    return list.isEmpty() ? QByteArray() : list.last();
}

QByteArray ParsedArguments::lastOf(const QByteArrayList &keys) const
{
    for (qsizetype i = m_order.size() - 1; i >= 0; --i) {
        if (keys.contains(m_order.at(i)))
            return m_order.at(i);
    }
    return {};
}

void ParsedArguments::add(const QByteArray &key, const QByteArray &value)
{
    m_values[key].append(value);
    m_order.append(key);
}

ArgumentParser::ArgumentParser(QString command, QVector<OptionSpec> options)
    : m_command(std::move(command))
    , m_options(std::move(options))
{
}

const OptionSpec *ArgumentParser::findLong(const QByteArray &name) const
{
    for (const OptionSpec &option : m_options) {
        if (!option.longName.isEmpty() && option.longName == name)
            return &option;
    }
    return nullptr;
}

Error ArgumentParser::usageError(const QString &message) const
{
    // The program name is added where the message is printed; a command names itself.
    if (m_command.isEmpty())
        return {message, true};
    return {tr("%1: %2").arg(m_command, message), true};
}

const OptionSpec *ArgumentParser::findShort(char name) const
{
    for (const OptionSpec &option : m_options) {
        if (option.shortName == name)
            return &option;
    }
    return nullptr;
}

Result<ParsedArguments> ArgumentParser::parse(const QByteArrayList &arguments,
                                              bool stopAtFirstPositional) const
{
    ParsedArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QByteArray &argument = arguments.at(i);
        if (parsed.m_hasSeparator) {
            parsed.m_afterSeparator.append(argument);
            continue;
        }
        if (stopAtFirstPositional && !parsed.m_positional.isEmpty()) {
            parsed.m_positional.append(argument);
            continue;
        }
        if (argument == "--") {
            parsed.m_hasSeparator = true;
            continue;
        }
        if (argument.startsWith("--")) {
            const qsizetype equals = argument.indexOf('=');
            const QByteArray name = argument.mid(2, equals < 0 ? -1 : equals - 2);
            const OptionSpec *option = findLong(name);
            if (!option) {
                return usageError(tr("unknown option '--%1'.").arg(git::displayBytes(name)));
            }
            if (!option->takesValue) {
                if (equals >= 0) {
                    return usageError(
                        tr("the option '--%1' takes no value.").arg(git::displayBytes(name)));
                }
                parsed.add(option->key(), QByteArray());
                continue;
            }
            if (equals >= 0) {
                parsed.add(option->key(), argument.mid(equals + 1));
            } else if (i + 1 < arguments.size()) {
                parsed.add(option->key(), arguments.at(++i));
            } else {
                return usageError(
                    tr("the option '--%1' needs a value.").arg(git::displayBytes(name)));
            }
            continue;
        }
        if (argument.size() > 1 && argument.startsWith('-')) {
            for (qsizetype k = 1; k < argument.size(); ++k) {
                const char letter = argument.at(k);
                const OptionSpec *option = findShort(letter);
                if (!option) {
                    return usageError(
                        tr("unknown option '-%1'.").arg(git::displayBytes(QByteArray(1, letter))));
                }
                if (!option->takesValue) {
                    parsed.add(option->key(), QByteArray());
                    continue;
                }
                if (k + 1 < argument.size()) {
                    parsed.add(option->key(), argument.mid(k + 1));
                } else if (i + 1 < arguments.size()) {
                    parsed.add(option->key(), arguments.at(++i));
                } else {
                    return usageError(
                        tr("the option '-%1' needs a value.").arg(QLatin1Char(letter)));
                }
                break;
            }
            continue;
        }
        parsed.m_positional.append(argument);
    }
    return parsed;
}

} // namespace clearroom::cli
