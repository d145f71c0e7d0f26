// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "cwecatalogue.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QtGlobal>

#include <algorithm>
#include <vector>

static void initCweResources()
{
    // Resources in a static library are not registered by the linker; Q_INIT_RESOURCE
    // must be called explicitly, and outside any namespace.
    Q_INIT_RESOURCE(clearroom_cwe);
}

namespace clearroom::review {

namespace {

const char CompiledInFile[] = ":/cwe/cwe-4.15.tsv";
const char HeaderLine[] = "id\tname\tabstraction\tstatus\tdescription";
constexpr int FieldCount = 5;
constexpr int MaxIdDigits = 9; // fits an int

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The id a query names ("79", "CWE-79", "cwe 79", "CWE:079"), as digits without
/// leading zeros, or nothing when the query is not an id.
QString idDigits(const QString &query)
{
    QString rest = query;
    if (rest.startsWith(QLatin1String("cwe"), Qt::CaseInsensitive))
        rest = rest.mid(3);
    while (!rest.isEmpty()
           && (rest.front() == QLatin1Char('-') || rest.front() == QLatin1Char(':')
               || rest.front() == QLatin1Char('_') || rest.front() == QLatin1Char(' ')))
        rest = rest.mid(1);
    if (!isDigits(rest.toLatin1()))
        return {};
    while (rest.startsWith(QLatin1Char('0')))
        rest = rest.mid(1);
    return rest.size() <= MaxIdDigits ? rest : QString();
}

/// How well a name matches: 0 where the text starts a word of it, 1 inside a word,
/// -1 not at all.
int nameMatch(const QString &name, const QString &text)
{
    int found = -1;
    for (auto at = name.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
         at = name.indexOf(text, at + 1, Qt::CaseInsensitive)) {
        if (at == 0 || !name.at(at - 1).isLetterOrNumber())
            return 0;
        found = 1;
    }
    return found;
}

} // namespace

const CweCatalogue &CweCatalogue::instance()
{
    // A function-local static: initialised once, thread-safe, on first use.
    static const CweCatalogue catalogue = loadCompiledIn();
    return catalogue;
}

CweCatalogue CweCatalogue::loadCompiledIn()
{
    initCweResources();
    QFile file(QString::fromLatin1(CompiledInFile));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("The CWE list is missing from the compiled-in resources (%s).", CompiledInFile);
        return {};
    }
    auto parsed = parse(file.readAll());
    if (!parsed) {
        // The data is tested (tst_cwecatalogue); this only guards a broken build.
        qWarning("%s", qPrintable(parsed.errorMessage()));
        return {};
    }
    return std::move(parsed).value();
}

Result<CweCatalogue> CweCatalogue::parse(const QByteArray &tsv)
{
    QList<QByteArray> lines = tsv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    CweCatalogue catalogue;
    if (lines.isEmpty() || !lines.first().startsWith('#')) {
        return Error {tr("Line 1 of the CWE list is not its attribution (a line starting "
                         "with '#').")};
    }
    catalogue.m_attribution = QString::fromUtf8(lines.first().mid(1)).trimmed();
    const QRegularExpression versionPattern(QStringLiteral("\\bversion\\s+(\\d+(?:\\.\\d+)+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto version = versionPattern.match(catalogue.m_attribution);
    if (!version.hasMatch()) {
        return Error {tr("Line 1 of the CWE list does not say which CWE version it comes from "
                         "(for example \"version 4.15\").")};
    }
    catalogue.m_version = version.captured(1);

    if (lines.size() < 2 || lines.at(1) != HeaderLine) {
        return Error {
            tr("Line 2 of the CWE list is not the header '%1'.")
                .arg(QString::fromLatin1(HeaderLine).replace(QLatin1Char('\t'), QLatin1Char(' ')))};
    }

    QHash<int, int> lineOfId;
    catalogue.m_entries.reserve(lines.size() - 2);
    for (int index = 2; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        const QList<QByteArray> fields = lines.at(index).split('\t');
        if (fields.size() != FieldCount) {
            return Error {tr("Line %1 of the CWE list has %n column(s) instead of 5 (id, name, "
                             "abstraction, status, description).",
                             nullptr, int(fields.size()))
                              .arg(lineNumber)};
        }
        const QByteArray &idText = fields.at(0);
        const int id = isDigits(idText) && idText.size() <= MaxIdDigits ? idText.toInt() : 0;
        if (id <= 0) {
            return Error {tr("Line %1 of the CWE list has the id '%2'; expected a whole number "
                             "above 0.")
                              .arg(lineNumber)
                              .arg(QString::fromUtf8(idText))};
        }
        if (const auto first = lineOfId.constFind(id); first != lineOfId.constEnd()) {
            return Error {tr("Line %1 of the CWE list repeats CWE-%2 of line %3.")
                              .arg(lineNumber)
                              .arg(id)
                              .arg(*first)};
        }
        lineOfId.insert(id, lineNumber);
        CweEntry entry {id, QString::fromUtf8(fields.at(1)).trimmed(),
                        QString::fromUtf8(fields.at(2)), QString::fromUtf8(fields.at(3)),
                        QString::fromUtf8(fields.at(4))};
        if (entry.name.isEmpty())
            return Error {
                tr("Line %1 of the CWE list has no name for CWE-%2.").arg(lineNumber).arg(id)};
        catalogue.m_entries.append(std::move(entry));
    }
    if (catalogue.m_entries.isEmpty())
        return Error {tr("The CWE list has no weaknesses after its header.")};
    std::sort(catalogue.m_entries.begin(), catalogue.m_entries.end(),
              [](const CweEntry &a, const CweEntry &b) { return a.id < b.id; });
    return catalogue;
}

const CweEntry *CweCatalogue::entry(int id) const
{
    const auto at = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
                                     [](const CweEntry &e, int value) { return e.id < value; });
    return at != m_entries.cend() && at->id == id ? &*at : nullptr;
}

std::optional<CweEntry> CweCatalogue::find(int id) const
{
    if (const CweEntry *found = entry(id))
        return *found;
    return std::nullopt;
}

bool CweCatalogue::contains(int id) const
{
    return entry(id) != nullptr;
}

QVector<CweEntry> CweCatalogue::search(const QString &text, int limit) const
{
    const QString query = text.simplified();
    if (query.isEmpty() || limit <= 0)
        return {};
    const QString digits = idDigits(query);

    // Ranks: 0 the id itself; 1 ids starting with the digits; 2 a word of the name starts
    // with the text; 3 the text is inside a word. Deprecated weaknesses go after all others.
    constexpr int DeprecatedPenalty = 4;
    struct Hit
    {
        int rank;
        const CweEntry *entry;
    };
    std::vector<Hit> hits;
    for (const CweEntry &candidate : m_entries) {
        int rank = -1;
        if (!digits.isEmpty()) {
            const QString id = QString::number(candidate.id);
            if (id == digits)
                rank = 0;
            else if (id.startsWith(digits))
                rank = 1;
        }
        if (rank < 0) {
            const int match = nameMatch(candidate.name, query);
            if (match >= 0)
                rank = 2 + match;
        }
        if (rank < 0)
            continue;
        if (rank > 0 && candidate.status == QLatin1String("Deprecated"))
            rank += DeprecatedPenalty;
        hits.push_back({rank, &candidate});
    }
    // m_entries is sorted by id, and a stable sort keeps that order within a rank.
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.rank < b.rank; });

    QVector<CweEntry> result;
    const auto count = std::min<std::size_t>(hits.size(), std::size_t(limit));
    result.reserve(int(count));
    for (std::size_t i = 0; i < count; ++i)
        result.append(*hits[i].entry);
    return result;
}

} // namespace clearroom::review
