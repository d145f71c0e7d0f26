// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "duplicategroups.h"

#include "pathquote.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace clearroom::package {

namespace {

QSet<QString> titleWords(const QString &title)
{
    // Words that say nothing about which problem a title names.
    static const QSet<QString> filler {
        QStringLiteral("a"),    QStringLiteral("an"),  QStringLiteral("and"),
        QStringLiteral("are"),  QStringLiteral("as"),  QStringLiteral("at"),
        QStringLiteral("be"),   QStringLiteral("by"),  QStringLiteral("for"),
        QStringLiteral("from"), QStringLiteral("in"),  QStringLiteral("into"),
        QStringLiteral("is"),   QStringLiteral("it"),  QStringLiteral("of"),
        QStringLiteral("on"),   QStringLiteral("or"),  QStringLiteral("the"),
        QStringLiteral("to"),   QStringLiteral("via"), QStringLiteral("when"),
        QStringLiteral("with")};
    QSet<QString> words;
    QString word;
    const QString folded = title.toCaseFolded();
    for (int i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && folded.at(i).isLetterOrNumber()) {
            word += folded.at(i);
            continue;
        }
        if (!word.isEmpty() && !filler.contains(word))
            words.insert(word);
        word.clear();
    }
    return words;
}

int dice(const QSet<QString> &first, const QSet<QString> &second)
{
    if (first.isEmpty() || second.isEmpty())
        return 0;
    const QSet<QString> &smaller = first.size() < second.size() ? first : second;
    const QSet<QString> &larger = first.size() < second.size() ? second : first;
    int shared = 0;
    for (const QString &word : smaller)
        shared += larger.contains(word) ? 1 : 0;
    return int(200 * shared / (first.size() + second.size()));
}

// One location of one candidate, for the sweep over a path's line ranges.
struct Span
{
    int candidate = 0;
    int start = 0;
    int end = 0;
    const review::FindingLocation *location = nullptr;
    const QByteArray *commit = nullptr;
};

struct DisjointSets
{
    explicit DisjointSets(int size)
        : parent(size)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int item)
    {
        while (parent[item] != item)
            item = parent[item] = parent[parent[item]];
        return item;
    }
    void join(int first, int second)
    {
        first = find(first);
        second = find(second);
        if (first != second)
            parent[std::max(first, second)] = std::min(first, second);
    }
    std::vector<int> parent;
};

} // namespace

int DuplicateGrouper::titleSimilarity(const QString &first, const QString &second)
{
    return dice(titleWords(first), titleWords(second));
}

QVector<DuplicateGroup> DuplicateGrouper::propose(const QVector<GroupCandidate> &candidates)
{
    // Locations bucketed by repository and path, then swept in order of their first line:
    // only ranges that overlap are ever compared, so the work grows with the overlaps,
    // not with the square of the findings.
    QHash<QPair<QString, QByteArray>, std::vector<Span>> buckets;
    for (int i = 0; i < candidates.size(); ++i) {
        const review::Finding &finding = *candidates.at(i).finding;
        for (const review::FindingLocation &location : finding.locations) {
            // Lines that are gone (re-anchored onto a commit without them) overlap nothing.
            if (location.state == review::AnchorState::Orphaned)
                continue;
            buckets[{finding.repository, location.path}].push_back(
                {i, location.startLine, location.endLine, &location, &finding.commit});
        }
    }
    std::vector<QSet<QString>> words(size_t(candidates.size()));
    std::vector<bool> haveWords(size_t(candidates.size()), false);
    const auto wordsOf = [&](int candidate) -> const QSet<QString> & {
        if (!haveWords[size_t(candidate)]) {
            words[size_t(candidate)] = titleWords(candidates.at(candidate).finding->title);
            haveWords[size_t(candidate)] = true;
        }
        return words[size_t(candidate)];
    };

    QVector<DuplicateLink> links;
    QSet<quint64> compared;
    for (auto bucket = buckets.begin(); bucket != buckets.end(); ++bucket) {
        std::vector<Span> &spans = bucket.value();
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
            return std::tie(a.start, a.end, a.candidate) < std::tie(b.start, b.end, b.candidate);
        });
        std::vector<const Span *> open;
        for (const Span &span : spans) {
            open.erase(std::remove_if(open.begin(), open.end(),
                                      [&](const Span *each) { return each->end < span.start; }),
                       open.end());
            for (const Span *other : open) {
                const GroupCandidate &a = candidates.at(other->candidate);
                const GroupCandidate &b = candidates.at(span.candidate);
                if (a.source == b.source)
                    continue;
                // Line numbers compare only where they number the same text.
                if (*other->commit != *span.commit
                    && other->location->blobId != span.location->blobId)
                    continue;
                const int first = std::min(other->candidate, span.candidate);
                const int second = std::max(other->candidate, span.candidate);
                const quint64 pair = (quint64(quint32(first)) << 32) | quint32(second);
                if (compared.contains(pair))
                    continue;
                compared.insert(pair);
                const review::Finding &x = *candidates.at(first).finding;
                const review::Finding &y = *candidates.at(second).finding;
                DuplicateLink link;
                link.first = first;
                link.second = second;
                link.path = bucket.key().second;
                const Span &firstSpan = first == other->candidate ? *other : span;
                const Span &secondSpan = first == other->candidate ? span : *other;
                link.firstStart = firstSpan.start;
                link.firstEnd = firstSpan.end;
                link.secondStart = secondSpan.start;
                link.secondEnd = secondSpan.end;
                link.sharedCwe = x.cwe > 0 && x.cwe == y.cwe ? x.cwe : 0;
                link.titleSimilarity = dice(wordsOf(first), wordsOf(second));
                if (link.sharedCwe > 0 || link.titleSimilarity >= SimilarTitles)
                    links.append(link);
            }
            open.push_back(&span);
        }
    }

    DisjointSets sets(int(candidates.size()));
    for (const DuplicateLink &link : std::as_const(links))
        sets.join(link.first, link.second);
    QHash<int, int> groupOfRoot;
    QVector<DuplicateGroup> groups;
    std::vector<bool> linked(size_t(candidates.size()), false);
    for (const DuplicateLink &link : std::as_const(links))
        linked[size_t(link.first)] = linked[size_t(link.second)] = true;
    for (int i = 0; i < candidates.size(); ++i) {
        if (!linked[size_t(i)])
            continue;
        const int root = sets.find(i);
        auto found = groupOfRoot.constFind(root);
        if (found == groupOfRoot.cend()) {
            found = groupOfRoot.insert(root, int(groups.size()));
            groups.append(DuplicateGroup());
        }
        groups[*found].members.append(i);
    }
    for (const DuplicateLink &link : std::as_const(links))
        groups[groupOfRoot.value(sets.find(link.first))].links.append(link);
    for (DuplicateGroup &group : groups) {
        std::sort(group.links.begin(), group.links.end(), [](const auto &a, const auto &b) {
            return std::tie(a.first, a.second) < std::tie(b.first, b.second);
        });
        const review::Finding &first = *candidates.at(group.members.first()).finding;
        for (int member : std::as_const(group.members)) {
            const review::Finding &finding = *candidates.at(member).finding;
            group.severityDiffers |= finding.severity != first.severity;
            group.statusDiffers |= finding.status != first.status;
        }
    }
    return groups;
}

QStringList DuplicateGroup::reasons(const QVector<GroupCandidate> &candidates) const
{
    QStringList reasons;
    for (const DuplicateLink &link : links) {
        const QString lines
            = DuplicateGrouper::tr("\"%1\" and \"%2\": lines %3–%4 and %5–%6 of %7 overlap")
                  .arg(candidates.at(link.first).finding->title,
                       candidates.at(link.second).finding->title)
                  .arg(link.firstStart)
                  .arg(link.firstEnd)
                  .arg(link.secondStart)
                  .arg(link.secondEnd)
                  .arg(git::displayBytes(link.path));
        if (link.sharedCwe > 0 && link.titleSimilarity >= DuplicateGrouper::SimilarTitles)
            reasons.append(DuplicateGrouper::tr("%1; both name CWE-%2 and the titles are %3% alike")
                               .arg(lines)
                               .arg(link.sharedCwe)
                               .arg(link.titleSimilarity));
        else if (link.sharedCwe > 0)
            reasons.append(
                DuplicateGrouper::tr("%1; both name CWE-%2").arg(lines).arg(link.sharedCwe));
        else
            reasons.append(DuplicateGrouper::tr("%1; the titles are %2% alike")
                               .arg(lines)
                               .arg(link.titleSimilarity));
    }
    return reasons;
}

} // namespace clearroom::package
