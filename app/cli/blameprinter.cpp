// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blameprinter.h"

#include "abbreviation.h"
#include "gitdate.h"
#include "mailmap.h"
#include "pathquote.h"
#include "repository.h"
#include "textwidth.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace clearroom::cli {

namespace {

// What git blame shows of a commit: people through the mailmap, in UTF-8.
struct Details
{
    QByteArray author;
    QByteArray authorMail;
    git::Signature authorSignature;
    QByteArray committer;
    QByteArray committerMail;
    git::Signature committerSignature;
    QByteArray summary;
};

bool isGitSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The first line of the message that is not blank, as git's summary.
QByteArray summaryOf(const QByteArray &message)
{
    qsizetype at = 0;
    while (at < message.size()) {
        qsizetype end = message.indexOf('\n', at);
        end = end < 0 ? message.size() : end + 1;
        qsizetype length = end - at;
        while (length > 0 && isGitSpace(message.at(at + length - 1)))
            --length;
        if (length > 0)
            break;
        at = end;
    }
    const qsizetype end = message.indexOf('\n', at);
    return message.mid(at, end < 0 ? -1 : end - at);
}

QByteArray decimal(quint64 value)
{
    return QByteArray::number(value);
}

int decimalWidth(int value)
{
    return int(QByteArray::number(std::max(value, 0)).size());
}

QByteArray padLeft(const QByteArray &text, int width)
{
    return text.size() >= width ? text : QByteArray(width - text.size(), ' ') + text;
}

class Printer
{
public:
    Printer(const git::Repository &repository, const git::Blame &blame,
            const QVector<git::BlameEntry> &entries, const BlamePrinter::Options &options,
            const git::Mailmap &mailmap)
        : m_repository(repository)
        , m_blame(blame)
        , m_entries(entries)
        , m_options(options)
        , m_mailmap(mailmap)
    {
    }

    Result<QByteArray> run();

private:
    Result<const Details *> details(const git::ObjectId &commit);
    void person(const git::Signature &signature, QByteArray *name, QByteArray *mail) const;
    void appendLine(int line);
    Result<void> porcelain();
    Result<void> human();
    void fileInfo(const git::BlameOrigin &origin);

    const git::Repository &m_repository;
    const git::Blame &m_blame;
    const QVector<git::BlameEntry> &m_entries;
    const BlamePrinter::Options &m_options;
    const git::Mailmap &m_mailmap;
    QHash<git::ObjectId, Details> m_details;
    QByteArray m_content;
    QByteArray m_out;
};

void Printer::person(const git::Signature &signature, QByteArray *name, QByteArray *mail) const
{
    if (!signature.isValid) {
        *name = *mail = "(unknown)";
        return;
    }
    const auto [mappedName, mappedMail] = m_mailmap.resolve(signature.name, signature.email);
    *name = mappedName;
    *mail = '<' + mappedMail + '>';
}

Result<const Details *> Printer::details(const git::ObjectId &commit)
{
    if (const auto known = m_details.constFind(commit); known != m_details.constEnd())
        return &*known;
    auto info = m_blame.commit(commit);
    if (!info)
        return info.error();
    // git shows a commit in UTF-8: one in another encoding is converted whole first.
    if (!info->encoding.isEmpty() && !git::isUtf8EncodingName(info->encoding)) {
        const QByteArray raw = info->header + '\n' + info->message;
        if (const auto converted = git::convertToUtf8(raw, info->encoding)) {
            if (auto reread = git::CommitInfo::parse(commit, *converted))
                info = std::move(*reread);
        }
    }
    Details details;
    details.authorSignature = info->author;
    details.committerSignature = info->committer;
    person(info->author, &details.author, &details.authorMail);
    person(info->committer, &details.committer, &details.committerMail);
    details.summary = summaryOf(info->message);
    if (details.summary.isEmpty())
        details.summary = '(' + commit.toHex() + ')';
    return &*m_details.insert(commit, details);
}

// A line of the blamed file with its newline (one is added after a last line without).
void Printer::appendLine(int line)
{
    const qsizetype begin = m_blame.lineOffset(line);
    const qsizetype end = m_blame.lineOffset(line + 1);
    m_out.append(m_content.constData() + begin, end - begin);
    if (end == begin || m_content.at(end - 1) != '\n')
        m_out.append('\n');
}

QByteArray timeOf(const git::Signature &signature)
{
    if (!signature.isValid)
        return "0";
    return decimal(signature.time().value_or(0));
}

QByteArray zoneOf(const git::Signature &signature)
{
    return signature.hasDate() ? signature.zone : QByteArray("(unknown)");
}

void Printer::fileInfo(const git::BlameOrigin &origin)
{
    if (origin.hasPrevious) {
        m_out += "previous " + origin.previousCommit.toHex() + ' ';
        m_out += git::quotePath(origin.previousPath) + '\n';
    }
    m_out += "filename " + git::quotePath(origin.path) + '\n';
}

Result<void> Printer::porcelain()
{
    // A commit blamed under more than one name says which one on every entry.
    QHash<git::ObjectId, QSet<int>> originsOf;
    for (const git::BlameEntry &entry : m_entries)
        originsOf[m_blame.origin(entry.origin).commit].insert(entry.origin);
    QSet<git::ObjectId> shown;
    for (const git::BlameEntry &entry : m_entries) {
        const git::BlameOrigin &origin = m_blame.origin(entry.origin);
        const QByteArray hex = origin.commit.toHex();
        auto info = details(origin.commit);
        if (!info)
            return info.error();
        const Details &d = **info;
        const auto writeDetails = [&](bool always) {
            const bool first = !shown.contains(origin.commit);
            if (always || first) {
                shown.insert(origin.commit);
                m_out += "author " + d.author + "\nauthor-mail " + d.authorMail;
                m_out += "\nauthor-time " + timeOf(d.authorSignature);
                m_out += "\nauthor-tz " + zoneOf(d.authorSignature);
                m_out += "\ncommitter " + d.committer + "\ncommitter-mail " + d.committerMail;
                m_out += "\ncommitter-time " + timeOf(d.committerSignature);
                m_out += "\ncommitter-tz " + zoneOf(d.committerSignature);
                m_out += "\nsummary " + d.summary + '\n';
                if (origin.boundary)
                    m_out += "boundary\n";
                fileInfo(origin);
            } else if (originsOf.value(origin.commit).size() > 1) {
                fileInfo(origin);
            }
        };
        for (int i = 0; i < entry.count; ++i) {
            m_out += hex + ' ' + decimal(quint64(entry.sourceLine + i + 1)) + ' '
                + decimal(quint64(entry.line + i + 1));
            if (i == 0)
                m_out += ' ' + decimal(quint64(entry.count));
            m_out += '\n';
            if (i == 0 || m_options.linePorcelain)
                writeDetails(m_options.linePorcelain);
            m_out += '\t';
            appendLine(entry.line + i);
        }
    }
    return {};
}

// git's width of a name: columns of valid UTF-8, else its bytes.
int nameWidth(const QByteArray &name)
{
    return gitStringWidth(name.constData(), name.size());
}

Result<void> Printer::human()
{
    const QByteArray &finalPath = m_blame.origin(0).path;
    bool fileNames = m_options.fileNames;
    int longestFile = 0;
    int longestAuthor = 0;
    int longestSource = 0;
    int longestLine = 0;
    int abbreviation = git::ObjectId::HexSize;
    auto abbreviator = git::Abbreviator::create(m_repository);
    if (!abbreviator)
        return abbreviator.error();
    int unique = abbreviator->minimumLength();
    for (const git::BlameEntry &entry : m_entries) {
        const git::BlameOrigin &origin = m_blame.origin(entry.origin);
        fileNames = fileNames || origin.path != finalPath;
        longestFile = std::max(longestFile, int(origin.path.size()));
        auto info = details(origin.commit);
        if (!info)
            return info.error();
        longestAuthor = std::max(
            longestAuthor, nameWidth(m_options.email ? (*info)->authorMail : (*info)->author));
        longestSource = std::max(longestSource, entry.sourceLine + entry.count);
        longestLine = std::max(longestLine, entry.line + entry.count);
        if (!m_options.longNames) {
            auto abbreviated = abbreviator->abbreviate(origin.commit);
            if (!abbreviated)
                return abbreviated.error();
            unique = std::max(unique, int(abbreviated->size()));
        }
    }
    if (!m_options.longNames)
        abbreviation = std::min(unique + 1, int(git::ObjectId::HexSize));
    const int sourceDigits = decimalWidth(longestSource);
    const int lineDigits = decimalWidth(longestLine);

    for (const git::BlameEntry &entry : m_entries) {
        const git::BlameOrigin &origin = m_blame.origin(entry.origin);
        const Details &d = **details(origin.commit);
        QByteArray prefix;
        const QByteArray hex = origin.commit.toHex();
        if (origin.boundary)
            prefix = '^' + hex.left(abbreviation - 1);
        else
            prefix = hex.left(abbreviation);
        if (fileNames)
            prefix += ' ' + origin.path + QByteArray(longestFile - origin.path.size(), ' ');
        QByteArray author;
        if (!m_options.noAuthor) {
            const QByteArray &name = m_options.email ? d.authorMail : d.author;
            auto date = GitDate::format(d.authorSignature, GitDate::Style::Iso);
            if (!date)
                return date.error();
            author = " (" + name + QByteArray(std::max(0, longestAuthor - nameWidth(name)), ' ')
                + ' ' + padLeft(*date, 10);
        }
        for (int i = 0; i < entry.count; ++i) {
            m_out += prefix;
            if (m_options.sourceNumbers)
                m_out += ' ' + padLeft(decimal(quint64(entry.sourceLine + i + 1)), sourceDigits);
            m_out += author;
            m_out += ' ' + padLeft(decimal(quint64(entry.line + i + 1)), lineDigits) + ") ";
            appendLine(entry.line + i);
        }
    }
    return {};
}

Result<QByteArray> Printer::run()
{
    m_content = m_blame.content();
    auto printed = m_options.porcelain ? porcelain() : human();
    if (!printed)
        return printed.error();
    return m_out;
}

} // namespace

Result<QByteArray> BlamePrinter::print(const git::Repository &repository, const git::Blame &blame,
                                       const QVector<git::BlameEntry> &entries,
                                       const Options &options)
{
    auto mailmap = git::Mailmap::load(repository);
    if (!mailmap)
        return mailmap.error();
    Printer printer(repository, blame, entries, options, *mailmap);
    return printer.run();
}

} // namespace clearroom::cli
