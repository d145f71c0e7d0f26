// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidationreanchoring.h"

#include "reanchoring.h"
#include "repository.h"

#include <QSet>

#include <map>
#include <memory>

namespace clearroom::package {

namespace {

using review::AnchorState;

// The worse of two states, for a finding of several locations.
AnchorState worse(AnchorState a, AnchorState b)
{
    const auto rank = [](AnchorState state) {
        switch (state) {
        case AnchorState::Orphaned:
            return 3;
        case AnchorState::Modified:
            return 2;
        case AnchorState::Moved:
            return 1;
        default:
            return 0;
        }
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace

Result<QVector<ReanchoredRepository>>
ConsolidationReanchoring::onto(QVector<ConsolidationSource> &sources,
                               const QVector<const git::Repository *> &repositories,
                               const QHash<QString, QByteArray> &chosen)
{
    // Which commits each repository name was reviewed at, by how many sources.
    std::map<QString, std::map<QByteArray, QSet<int>>> reviewed;
    for (int s = 0; s < sources.size(); ++s) {
        for (const SourceRepository &repository : sources.at(s).package.repositories())
            reviewed[repository.name][repository.commit].insert(s);
    }
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (reviewed.find(it.key()) == reviewed.end())
            return Error {tr("--commit names the repository \"%1\", which no package reviewed.")
                              .arg(it.key())};
    }
    QVector<ReanchoredRepository> summaries;
    for (const auto &[name, commits] : reviewed) {
        // The repository that holds every commit reviewed under this name.
        const git::Repository *repository = nullptr;
        for (const git::Repository *candidate : repositories) {
            bool holdsAll = true;
            for (const auto &[commit, readers] : commits)
                holdsAll = holdsAll && candidate->commit(git::ObjectId::fromHex(commit)).ok();
            if (holdsAll) {
                repository = candidate;
                break;
            }
        }
        if (!repository) {
            if (chosen.contains(name))
                return Error {tr("None of the repositories given with --repo holds the commits "
                                 "the packages reviewed of \"%1\".")
                                  .arg(name)};
            continue; // its findings keep their own commits
        }
        ReanchoredRepository summary;
        summary.name = name;
        if (chosen.contains(name)) {
            auto target = repository->resolveCommit(chosen.value(name));
            if (!target)
                return Error {
                    tr("--commit %1=%2: %3")
                        .arg(name, QString::fromUtf8(chosen.value(name)), target.errorMessage())};
            summary.target = target->toHex();
            summary.chosen = true;
        } else {
            quint64 newest = 0;
            int most = 0;
            for (const auto &[commit, readers] : commits) {
                auto info = repository->commit(git::ObjectId::fromHex(commit));
                if (!info)
                    return info.error();
                if (int(readers.size()) > most
                    || (int(readers.size()) == most && info->commitTime > newest)) {
                    most = int(readers.size());
                    newest = info->commitTime;
                    summary.target = commit;
                }
            }
        }
        const git::ObjectId target = git::ObjectId::fromHex(summary.target);
        std::map<QByteArray, std::unique_ptr<review::LocationCarrier>> carriers;
        for (ConsolidationSource &source : sources) {
            for (SourceFinding &packaged : source.findings) {
                review::Finding &finding = packaged.finding;
                if (finding.repository != name)
                    continue;
                if (finding.commit == summary.target) {
                    ++summary.alreadyThere;
                    continue;
                }
                auto &carrier = carriers[finding.commit];
                if (!carrier) {
                    auto made = review::LocationCarrier::between(
                        *repository, git::ObjectId::fromHex(finding.commit), target);
                    if (!made)
                        return Error {tr("Cannot bring the findings of \"%1\" from commit %2 onto "
                                         "%3: %4")
                                          .arg(name, QString::fromLatin1(finding.commit),
                                               QString::fromLatin1(summary.target),
                                               made.errorMessage())};
                    carrier = std::move(made).value();
                }
                QVector<review::FindingLocation> carried;
                QVector<Excerpt> excerpts;
                AnchorState state = AnchorState::Exact;
                for (const review::FindingLocation &location : std::as_const(finding.locations)) {
                    auto moved = carrier->carry(location);
                    if (!moved)
                        return moved.error();
                    carried.append(*moved);
                    state = worse(state, moved->state);
                    const Excerpt *excerpt = packaged.excerptFor(location);
                    if (excerpt
                        && (moved->state == AnchorState::Exact
                            || moved->state == AnchorState::Moved)) {
                        Excerpt shifted = *excerpt;
                        const int shift = moved->startLine - location.startLine;
                        shifted.path = moved->path;
                        shifted.firstLine += shift;
                        shifted.findingFirstLine += shift;
                        shifted.findingLastLine += shift;
                        excerpts.append(shifted);
                    }
                }
                finding.locations = carried;
                finding.commit = summary.target;
                finding.anchorState = carried.isEmpty() ? state : carried.first().state;
                packaged.excerpts = excerpts;
                switch (finding.anchorState) {
                case AnchorState::Moved:
                    ++summary.moved;
                    break;
                case AnchorState::Modified:
                    ++summary.modified;
                    break;
                case AnchorState::Orphaned:
                    ++summary.orphaned;
                    break;
                default:
                    ++summary.exact;
                    break;
                }
            }
        }
        summaries.append(summary);
    }
    return summaries;
}

QString ConsolidationReanchoring::summary(const ReanchoredRepository &repository,
                                          const QString &chosenBy)
{
    return tr("Findings of \"%1\" brought onto commit %2 (%3): %4 exact, %5 moved, %6 modified, "
              "%7 orphaned, %8 already there.")
        .arg(repository.name, QString::fromLatin1(repository.target),
             repository.chosen ? chosenBy : tr("the one most packages reviewed"))
        .arg(repository.exact)
        .arg(repository.moved)
        .arg(repository.modified)
        .arg(repository.orphaned)
        .arg(repository.alreadyThere);
}

} // namespace clearroom::package
