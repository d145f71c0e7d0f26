// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "logformat.h"

#include "abbreviation.h"
#include "gitdate.h"
#include "mailmap.h"
#include "pathquote.h"
#include "textwidth.h"

namespace clearroom::cli {

namespace {

bool isGitSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The commit as git prints it: re-encoded to UTF-8 as a whole (header included) when
// it names another encoding and iconv can convert it; unchanged otherwise.
git::CommitInfo inUtf8(const git::CommitInfo &commit)
{
    if (commit.encoding.isEmpty() || git::isUtf8EncodingName(commit.encoding))
        return commit;
    const auto converted
        = git::convertToUtf8(commit.header + '\n' + commit.message, commit.encoding);
    if (!converted)
        return commit;
    auto parsed = git::CommitInfo::parse(commit.id, *converted);
    if (!parsed)
        return commit;
    parsed->parents = commit.parents;
    parsed->commitTime = commit.commitTime;
    return std::move(*parsed);
}

void rightTrim(QByteArray &text)
{
    qsizetype end = text.size();
    while (end > 0 && isGitSpace(text.at(end - 1)))
        --end;
    text.truncate(end);
}

} // namespace

Result<LogFormat> LogFormat::parse(const QByteArray &value)
{
    LogFormat format;
    if (value.startsWith("format:") || value.startsWith("tformat:")) {
        format.style = Style::User;
        format.newlineBetween = value.startsWith("format:");
        format.userFormat = value.mid(value.indexOf(':') + 1);
    } else if (value.isEmpty() || value.contains('%')) {
        format.style = Style::User;
        format.userFormat = value;
    } else if (QByteArray("medium").startsWith(value)) {
        format.style = Style::Medium;
    } else if (QByteArray("oneline").startsWith(value)) {
        format.style = Style::Oneline;
    } else {
        for (const char *name :
             {"raw", "short", "email", "mboxrd", "fuller", "full", "reference"}) {
            if (QByteArray(name).startsWith(value)) {
                return Error {LogPrinter::tr("repo log: the format '%1' is not supported; use "
                                             "medium, oneline or format:...")
                                  .arg(QString::fromLatin1(name)),
                              true};
            }
        }
        return Error {LogPrinter::tr("repo log: '%1' is not a format git knows.")
                          .arg(git::displayBytes(value)),
                      true};
    }
    if (format.style == Style::User) {
        if (auto checked = UserFormat::check(format.userFormat); !checked)
            return checked.error();
    }
    return format;
}

bool LogFormat::readsCommitText() const
{
    return style != Style::User || UserFormat::readsCommitText(userFormat);
}

LogPrinter::LogPrinter(LogFormat format, FormatContext context)
    : m_format(std::move(format))
    , m_context(std::move(context))
{
}

Result<QByteArray> LogPrinter::commitId(const git::CommitInfo &commit)
{
    if (!m_format.abbreviateCommit)
        return commit.id.toHex();
    return m_context.abbreviator.abbreviate(commit.id);
}

Result<void> LogPrinter::print(const git::CommitInfo &original, QByteArray &out)
{
    const git::CommitInfo commit = inUtf8(original);
    m_context.originalEncoding = original.encoding;
    const bool first = m_first;
    m_first = false;
    switch (m_format.style) {
    case LogFormat::Style::Medium:
        if (!first)
            out += '\n';
        return printMedium(commit, out);
    case LogFormat::Style::Oneline:
        return printOneline(commit, out);
    case LogFormat::Style::User:
        // An empty "tformat:" prints nothing at all, not even the newlines.
        if (m_format.userFormat.isEmpty() && !m_format.newlineBetween)
            return {};
        if (!first && m_format.newlineBetween)
            out += '\n';
        if (auto expanded = UserFormat::expand(m_format.userFormat, commit, m_context, out);
            !expanded)
            return expanded;
        if (!m_format.newlineBetween)
            out += '\n';
        return {};
    }
    return {};
}

Result<void> LogPrinter::printOneline(const git::CommitInfo &commit, QByteArray &out)
{
    auto id = commitId(commit);
    if (!id)
        return id.error();
    out += *id;
    out += ' ';
    QByteArray subject = commitSubject(commit.message);
    rightTrim(subject);
    out += subject;
    out += '\n';
    return {};
}

Result<void> LogPrinter::printMedium(const git::CommitInfo &commit, QByteArray &out)
{
    auto id = commitId(commit);
    if (!id)
        return id.error();
    out += "commit " + *id + '\n';
    if (commit.parents.size() > 1) {
        out += "Merge:";
        for (const git::ObjectId &parent : commit.parents) {
            auto abbreviated = m_context.abbreviator.abbreviate(parent);
            if (!abbreviated)
                return abbreviated.error();
            out += ' ' + *abbreviated;
        }
        out += '\n';
    }

    // git prints every author line of the header, each with its date.
    QByteArray text;
    for (const QByteArray &line : commit.header.split('\n')) {
        if (!line.startsWith("author "))
            continue;
        const git::Signature author = git::Signature::parse(line.mid(7));
        if (!author.isValid)
            continue;
        const auto [name, email] = m_context.mailmap.resolve(author.name, author.email);
        auto date = GitDate::format(author, GitDate::Style::Normal);
        if (!date)
            return date.error();
        text += "Author: " + name + " <" + email + ">\n";
        text += "Date:   " + *date + '\n';
    }
    text += '\n';

    // The message from its first non-blank line, each line indented by four spaces,
    // trailing white space dropped, tabs expanded.
    const QByteArray &message = commit.message;
    qsizetype at = skipBlankLines(message);
    while (at < message.size()) {
        qsizetype end = message.indexOf('\n', at);
        const qsizetype next = end < 0 ? message.size() : end + 1;
        if (end < 0)
            end = message.size();
        while (end > at && isGitSpace(message.at(end - 1)))
            --end;
        text += "    ";
        appendTabExpanded(text, message.constData() + at, end - at);
        text += '\n';
        at = next;
    }
    rightTrim(text);
    text += '\n';
    out += text;
    return {};
}

} // namespace clearroom::cli
