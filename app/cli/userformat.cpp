// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "userformat.h"

#include "abbreviation.h"
#include "gitdate.h"
#include "mailmap.h"
#include "pathquote.h"

namespace clearroom::cli {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

enum class Modifier { None, NewlineBefore, DropNewlines, SpaceBefore };

// Walks a format once, expanding it for a commit, or (without one) only checking it.
class Expander
{
public:
    Expander(const QByteArray &format, const git::CommitInfo *commit, FormatContext *context,
             QByteArray *out)
        : m_format(format)
        , m_commit(commit)
        , m_context(context)
        , m_out(out)
    {
    }

    // Whether run() met a placeholder for more of a commit than its ids (a person, the
    // encoding or the message).
    bool readsText() const { return m_readsText; }

    Result<void> run()
    {
        qsizetype at = 0;
        while (at < m_format.size()) {
            const qsizetype percent = m_format.indexOf('%', at);
            if (percent < 0) {
                m_out->append(m_format.constData() + at, m_format.size() - at);
                break;
            }
            m_out->append(m_format.constData() + at, percent - at);
            if (percent + 1 < m_format.size() && m_format.at(percent + 1) == '%') {
                m_out->append('%');
                at = percent + 2;
                continue;
            }
            auto consumed = item(percent + 1);
            if (!consumed)
                return consumed.error();
            if (*consumed == 0)
                m_out->append('%');
            at = percent + 1 + *consumed;
        }
        return {};
    }

private:
    char charAt(qsizetype at) const { return at < m_format.size() ? m_format.at(at) : '\0'; }
    bool startsAt(qsizetype at, const char *text) const
    {
        return m_format.mid(at).startsWith(text);
    }

    Error unsupported(qsizetype at, qsizetype length) const
    {
        return {UserFormat::tr("repo log: the format placeholder '%1' is not supported.")
                    .arg(QLatin1Char('%') + git::displayBytes(m_format.mid(at, length))),
                true};
    }

    // A placeholder after '%', with its modifier; 0 when git does not know it.
    Result<int> item(qsizetype at)
    {
        Modifier modifier = Modifier::None;
        switch (charAt(at)) {
        case '+':
            modifier = Modifier::NewlineBefore;
            break;
        case '-':
            modifier = Modifier::DropNewlines;
            break;
        case ' ':
            modifier = Modifier::SpaceBefore;
            break;
        default:
            return one(at);
        }
        const qsizetype before = m_out->size();
        auto consumed = one(at + 1);
        if (!consumed)
            return consumed;
        if (m_out->size() == before) {
            if (modifier == Modifier::DropNewlines) {
                while (m_out->endsWith('\n'))
                    m_out->chop(1);
            }
        } else if (modifier == Modifier::NewlineBefore) {
            m_out->insert(before, '\n');
        } else if (modifier == Modifier::SpaceBefore) {
            m_out->insert(before, ' ');
        }
        return *consumed + 1;
    }

    Result<int> one(qsizetype at)
    {
        const char c = charAt(at);
        switch (c) {
        case 'n':
            m_out->append('\n');
            return 1;
        case 'x': {
            const int high = hexValue(charAt(at + 1));
            const int low = high < 0 ? -1 : hexValue(charAt(at + 2));
            if (low < 0)
                return 0;
            m_out->append(char(high * 16 + low));
            return 3;
        }
        case 'C':
            return color(at);
        case 'w':
            return charAt(at + 1) == '(' ? Result<int>(unsupported(at, 2)) : Result<int>(0);
        case '<':
        case '>': {
            qsizetype next = at + 1;
            if (c == '>' && charAt(next) == '<')
                ++next;
            if (charAt(next) == '|')
                ++next;
            return charAt(next) == '(' ? Result<int>(unsupported(at, next - at + 1))
                                       : Result<int>(0);
        }
        case '(':
            for (const char *known : {"(trailers", "(describe", "(decorate"}) {
                if (startsAt(at, known))
                    return unsupported(at, qsizetype(qstrlen(known)));
            }
            return 0;
        case 'd':
        case 'D':
        case 'N':
        case 'S':
        case 'f':
            return unsupported(at, 1);
        case 'G':
            if (QByteArray("G?SKFPT").contains(charAt(at + 1)) && charAt(at + 1))
                return unsupported(at, 2);
            return 0;
        case 'g':
            // Reflog placeholders: empty when the walk is not over a reflog.
            return QByteArray("dDnNeEs").contains(charAt(at + 1)) && charAt(at + 1) ? 2 : 0;
        case 'a':
        case 'c':
            return person(at);
        case 'H':
        case 'h':
        case 'T':
        case 't':
        case 'P':
        case 'p':
        case 'm':
        case 'e':
        case 's':
        case 'b':
        case 'B':
            m_readsText = m_readsText || QByteArray("esbB").contains(c);
            if (m_commit) {
                if (auto expanded = commitPart(c); !expanded)
                    return expanded.error();
            }
            return 1;
        default:
            return 0;
        }
    }

    // %Cred, %Cgreen, %Cblue, %Creset and %C(...): nothing, as git prints when its output
    // is not a terminal, unless the colour is forced.
    Result<int> color(qsizetype at)
    {
        if (charAt(at + 1) == '(') {
            const qsizetype close = m_format.indexOf(')', at + 2);
            if (close < 0)
                return 0;
            if (m_format.mid(at + 2, close - at - 2).contains("always"))
                return unsupported(at, close - at + 1);
            return int(close - at + 1);
        }
        for (const char *name : {"Cred", "Cgreen", "Cblue", "Creset"}) {
            if (startsAt(at, name))
                return int(qstrlen(name));
        }
        return 0;
    }

    Result<void> appendAbbreviated(const git::ObjectId &id)
    {
        auto abbreviated = m_context->abbreviator.abbreviate(id);
        if (!abbreviated)
            return abbreviated.error();
        m_out->append(*abbreviated);
        return {};
    }

    Result<void> commitPart(char c)
    {
        const git::CommitInfo &commit = *m_commit;
        switch (c) {
        case 'H':
            m_out->append(commit.id.toHex());
            break;
        case 'h':
            return appendAbbreviated(commit.id);
        case 'T':
            m_out->append(commit.tree.toHex());
            break;
        case 't':
            return appendAbbreviated(commit.tree);
        case 'P':
        case 'p':
            for (qsizetype i = 0; i < commit.parents.size(); ++i) {
                if (i > 0)
                    m_out->append(' ');
                if (c == 'P')
                    m_out->append(commit.parents.at(i).toHex());
                else if (auto appended = appendAbbreviated(commit.parents.at(i)); !appended)
                    return appended;
            }
            break;
        case 'm':
            m_out->append('>');
            break;
        case 'e':
            m_out->append(m_context->originalEncoding);
            break;
        case 's':
            m_out->append(commitSubject(commit.message));
            break;
        case 'b':
            m_out->append(commitBody(commit.message));
            break;
        case 'B':
            m_out->append(commit.message);
            break;
        }
        return {};
    }

    Result<int> person(qsizetype at)
    {
        const char part = charAt(at + 1);
        if (part == 'r' || part == 'h')
            return unsupported(at, 2);
        if (!part || !QByteArray("nNeElLdDtiIs").contains(part))
            return 0;
        m_readsText = true;
        if (!m_commit)
            return 2;
        const git::Signature &person = charAt(at) == 'a' ? m_commit->author : m_commit->committer;
        // Without a person (or a date) to show, git prints nothing for its oldest
        // placeholders and leaves the newer ones as written.
        const bool isDate = QByteArray("dDiIs").contains(part);
        if (!person.isValid || (isDate && !person.hasDate()))
            return QByteArray("netdDi").contains(part) ? 2 : 0;
        QByteArray name = person.name;
        QByteArray email = person.email;
        if (part == 'N' || part == 'E' || part == 'L')
            std::tie(name, email) = m_context->mailmap.resolve(person.name, person.email);
        GitDate::Style style = GitDate::Style::Normal;
        switch (part) {
        case 'n':
        case 'N':
            m_out->append(name);
            return 2;
        case 'e':
        case 'E':
            m_out->append(email);
            return 2;
        case 'l':
        case 'L': {
            const qsizetype at = email.indexOf('@');
            m_out->append(at < 0 ? email : email.left(at));
            return 2;
        }
        case 't':
            m_out->append(person.seconds);
            return 2;
        case 'D':
            style = GitDate::Style::Rfc2822;
            break;
        case 'i':
            style = GitDate::Style::Iso;
            break;
        case 'I':
            style = GitDate::Style::IsoStrict;
            break;
        case 's':
            style = GitDate::Style::Short;
            break;
        default:
            break;
        }
        auto date = GitDate::format(person, style);
        if (!date)
            return date.error();
        m_out->append(*date);
        return 2;
    }

    const QByteArray &m_format;
    const git::CommitInfo *m_commit;
    FormatContext *m_context;
    QByteArray *m_out;
    bool m_readsText = false;
};

} // namespace

Result<void> UserFormat::check(const QByteArray &format)
{
    QByteArray ignored;
    return Expander(format, nullptr, nullptr, &ignored).run();
}

bool UserFormat::readsCommitText(const QByteArray &format)
{
    QByteArray ignored;
    Expander expander(format, nullptr, nullptr, &ignored);
    // A format with an error is never expanded; true is the answer that costs nothing.
    return !expander.run() || expander.readsText();
}

Result<void> UserFormat::expand(const QByteArray &format, const git::CommitInfo &commit,
                                FormatContext &context, QByteArray &out)
{
    return Expander(format, &commit, &context, &out).run();
}

} // namespace clearroom::cli
