// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reanchoring.h"

#include "coveragestore.h"
#include "findingstore.h"
#include "linediff.h"
#include "locationreader.h"
#include "repository.h"
#include "treediff.h"
#include "workspace.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <memory>

namespace clearroom::review {

Result<LineMap> LineMap::between(const QByteArray &oldText, const QByteArray &newText)
{
    auto hunks = git::LineDiff::hunks(oldText, newText, 0);
    if (!hunks)
        return hunks.error();
    LineMap map;
    const int oldLines = LineIndex(oldText).lineCount();
    map.m_newLineCount = LineIndex(newText).lineCount();
    map.m_oldToNew.resize(oldLines + 1);
    int oldLine = 1;
    int offset = 0;
    for (const git::DiffHunk &hunk : std::as_const(*hunks)) {
        // With no old lines, git numbers a hunk by the line before it.
        const int first = hunk.oldCount == 0 ? int(hunk.oldStart) + 1 : int(hunk.oldStart);
        const int newFirst = hunk.newCount == 0 ? int(hunk.newStart) + 1 : int(hunk.newStart);
        for (; oldLine < first && oldLine <= oldLines; ++oldLine)
            map.m_oldToNew[oldLine] = oldLine + offset;
        for (int i = 0; i < hunk.oldCount && oldLine <= oldLines; ++i, ++oldLine)
            map.m_oldToNew[oldLine] = 0;
        map.m_changes.append({first, int(hunk.oldCount), newFirst, int(hunk.newCount)});
        offset += int(hunk.newCount - hunk.oldCount);
    }
    for (; oldLine <= oldLines; ++oldLine)
        map.m_oldToNew[oldLine] = oldLine + offset;
    map.markKept();
    return map;
}

void LineMap::markKept()
{
    m_kept = QVector<bool>(m_newLineCount + 1, false);
    for (int line = 1; line < m_oldToNew.size(); ++line) {
        if (const int to = m_oldToNew.at(line); to >= 1 && to <= m_newLineCount)
            m_kept[to] = true;
    }
}

LineMap LineMap::unchanged(int lineCount)
{
    LineMap map;
    map.m_newLineCount = lineCount;
    map.m_oldToNew.resize(lineCount + 1);
    for (int line = 1; line <= lineCount; ++line)
        map.m_oldToNew[line] = line;
    map.markKept();
    return map;
}

int LineMap::newLine(int oldLine) const
{
    return oldLine >= 1 && oldLine < m_oldToNew.size() ? m_oldToNew.at(oldLine) : 0;
}

bool LineMap::isAdded(int newLine) const
{
    return newLine >= 1 && newLine < m_kept.size() && !m_kept.at(newLine);
}

LineMapping LineMap::map(int startLine, int endLine) const
{
    bool allKept = true;
    bool anyKept = false;
    for (int line = startLine; line <= endLine; ++line) {
        if (newLine(line))
            anyKept = true;
        else
            allKept = false;
    }
    // Lines inserted between two kept lines of the range change it too.
    bool inserted = false;
    int newStart = 0;
    int newEnd = 0;
    int replacement = 0;
    for (const Change &change : m_changes) {
        const int oldLast = change.oldStart + change.oldCount - 1;
        if (change.oldCount == 0) {
            if (change.oldStart > startLine && change.oldStart <= endLine) {
                inserted = true;
                replacement += change.newCount;
            }
            continue;
        }
        if (oldLast < startLine || change.oldStart > endLine)
            continue;
        replacement += change.newCount;
        if (change.oldStart <= startLine && !newStart)
            newStart = change.newCount ? change.newStart : change.newStart;
        if (oldLast >= endLine)
            newEnd = change.newCount ? change.newStart + change.newCount - 1 : change.newStart - 1;
    }
    if (allKept && !inserted) {
        const int start = newLine(startLine);
        const int end = newLine(endLine);
        return {start == startLine ? AnchorState::Exact : AnchorState::Moved, start, end};
    }
    if (!anyKept && replacement == 0)
        return {AnchorState::Orphaned, startLine, endLine};
    int start = newLine(startLine) ? newLine(startLine) : newStart;
    int end = newLine(endLine) ? newLine(endLine) : newEnd;
    start = std::clamp(start, 1, std::max(1, m_newLineCount));
    end = std::clamp(end, start, std::max(start, m_newLineCount));
    return {AnchorState::Modified, start, end};
}

namespace {

// Where the files of one commit went in the target commit.
struct FileMove
{
    bool gone = false;
    bool renamed = false;
    LocationReader::File newFile;
    QByteArray oldContent;
    LineMap map;
};

} // namespace

class CommitMove
{
public:
    CommitMove(const git::Repository &repository, const git::ObjectId &from,
               const git::ObjectId &to)
        : m_repository(repository)
        , m_from(from)
        , m_to(to)
    {
    }

    Result<void> compare()
    {
        auto oldTree = m_repository.resolveTree(m_from.toHex());
        if (!oldTree)
            return oldTree.error();
        auto newTree = m_repository.resolveTree(m_to.toHex());
        if (!newTree)
            return newTree.error();
        auto diff = git::TreeDiff::compare(m_repository, *oldTree, *newTree, {});
        if (!diff)
            return diff.error();
        m_diff = std::make_unique<git::TreeDiff>(std::move(diff).value());
        for (const git::FileChange &change : m_diff->changes()) {
            if (change.oldSide.exists())
                m_changes.insert(change.oldSide.path, change);
        }
        return m_diff->finishVerification();
    }

    /// Where `path` went; null when it did not change.
    Result<const FileMove *> file(const QByteArray &path)
    {
        const auto change = m_changes.constFind(path);
        if (change == m_changes.cend())
            return static_cast<const FileMove *>(nullptr);
        auto known = m_files.find(path);
        if (known != m_files.end())
            return &known->second;
        FileMove move;
        const git::DiffSide &newSide = change->newSide;
        if (!newSide.exists() || !newSide.isRegularFile()) {
            move.gone = true;
        } else {
            auto oldContent = m_diff->content(change->oldSide);
            if (!oldContent)
                return oldContent.error();
            auto newContent = m_diff->content(newSide);
            if (!newContent)
                return newContent.error();
            if (git::looksBinary(*newContent)) {
                move.gone = true;
            } else {
                auto map = LineMap::between(*oldContent, *newContent);
                if (!map)
                    return map.error();
                move.map = std::move(map).value();
                move.renamed = newSide.path != path;
                move.newFile = {newSide.path, newSide.id, std::move(newContent).value()};
                move.oldContent = std::move(oldContent).value();
            }
        }
        return &m_files.emplace(path, std::move(move)).first->second;
    }

private:
    const git::Repository &m_repository;
    git::ObjectId m_from;
    git::ObjectId m_to;
    std::unique_ptr<git::TreeDiff> m_diff;
    QHash<QByteArray, git::FileChange> m_changes;
    std::map<QByteArray, FileMove> m_files;
};

namespace {

// Looks for the unchanged lines of a location elsewhere in the new file (code moved
// within a file): the occurrence nearest to where the diff puts the range, among lines the
// diff added. Alike lines that were there before are other code, not these lines moved.
std::optional<int> findExcerpt(const FileMove &move, const FindingLocation &location, int nearLine)
{
    const LineIndex oldLines(move.oldContent);
    const QByteArray excerpt
        = oldLines.lines(move.oldContent, location.startLine, location.endLine);
    if (excerpt.isEmpty())
        return std::nullopt;
    const QByteArray &content = move.newFile.content;
    std::optional<int> best;
    int line = 1;
    qsizetype counted = 0;
    const int lines = location.endLine - location.startLine + 1;
    for (qsizetype at = content.indexOf(excerpt); at >= 0; at = content.indexOf(excerpt, at + 1)) {
        if (at > 0 && content.at(at - 1) != '\n')
            continue;
        line += int(std::count(content.constBegin() + counted, content.constBegin() + at, '\n'));
        counted = at;
        bool added = true;
        for (int i = 0; i < lines && added; ++i)
            added = move.map.isAdded(line + i);
        if (added && (!best || std::abs(line - nearLine) < std::abs(*best - nearLine)))
            best = line;
    }
    return best;
}

Result<FindingLocation> carry(CommitMove &commitMove, const FindingLocation &location)
{
    // An orphaned location names lines of an earlier commit that the commit moved from
    // lacks: nothing there to follow, and an unchanged path there is no sign of them.
    if (location.state == AnchorState::Orphaned)
        return location;
    auto found = commitMove.file(location.path);
    if (!found)
        return found.error();
    const FileMove *move = *found;
    FindingLocation result = location;
    if (!move) {
        result.state = AnchorState::Exact;
        return result;
    }
    if (move->gone) {
        result.state = AnchorState::Orphaned;
        return result;
    }
    LineMapping mapping = move->map.map(location.startLine, location.endLine);
    if (mapping.state == AnchorState::Modified || mapping.state == AnchorState::Orphaned) {
        if (auto line = findExcerpt(*move, location, mapping.startLine)) {
            mapping = {AnchorState::Moved, *line, *line + location.endLine - location.startLine};
        }
    }
    if (mapping.state == AnchorState::Orphaned) {
        result.state = AnchorState::Orphaned;
        return result;
    }
    auto located = LocationReader::locate(move->newFile, mapping.startLine, mapping.endLine);
    if (!located)
        return located.error();
    result = *located;
    result.startColumn = location.startColumn;
    result.endColumn = location.endColumn;
    result.state
        = mapping.state == AnchorState::Exact && move->renamed ? AnchorState::Moved : mapping.state;
    return result;
}

// The lines of a coverage row that survive unchanged, as rows of the new commit.
Result<QVector<CoverageRange>> carry(CommitMove &commitMove, const CoverageRange &range)
{
    auto found = commitMove.file(range.path);
    if (!found)
        return found.error();
    const FileMove *move = *found;
    if (!move)
        return QVector<CoverageRange> {range};
    QVector<CoverageRange> kept;
    if (move->gone)
        return kept;
    for (int line = range.startLine; line <= range.endLine; ++line) {
        const int to = move->map.newLine(line);
        if (!to)
            continue;
        if (!kept.isEmpty() && kept.last().endLine == to - 1) {
            kept.last().endLine = to;
            continue;
        }
        CoverageRange piece = range;
        piece.path = move->newFile.path;
        piece.startLine = piece.endLine = to;
        kept.append(piece);
    }
    return kept;
}

} // namespace

LocationCarrier::LocationCarrier() = default;
LocationCarrier::~LocationCarrier() = default;

Result<std::unique_ptr<LocationCarrier>> LocationCarrier::between(const git::Repository &repository,
                                                                  const git::ObjectId &from,
                                                                  const git::ObjectId &to)
{
    std::unique_ptr<LocationCarrier> carrier(new LocationCarrier);
    carrier->m_move = std::make_unique<CommitMove>(repository, from, to);
    if (auto compared = carrier->m_move->compare(); !compared)
        return compared.error();
    return carrier;
}

Result<FindingLocation> LocationCarrier::carry(const FindingLocation &location)
{
    return review::carry(*m_move, location);
}

Result<QVector<MovedFinding>> Reanchoring::moveReview(Workspace &workspace,
                                                      const git::Repository &repository,
                                                      const QString &repositoryName,
                                                      const git::ObjectId &target)
{
    auto reviewed = workspace.repository(repositoryName);
    if (!reviewed)
        return reviewed.error();
    auto findings = workspace.findings().all();
    if (!findings)
        return findings.error();

    std::map<QByteArray, std::unique_ptr<CommitMove>> moves;
    auto commitMove = [&](const QByteArray &from) -> Result<CommitMove *> {
        auto it = moves.find(from);
        if (it != moves.end())
            return it->second.get();
        auto move = std::make_unique<CommitMove>(repository, git::ObjectId::fromHex(from), target);
        if (auto compared = move->compare(); !compared)
            return compared.error();
        return moves.emplace(from, std::move(move)).first->second.get();
    };

    QVector<MovedFinding> report;
    QVector<std::pair<QVector<FindingLocation>, AnchorState>> carried;
    for (const Finding &finding : std::as_const(*findings)) {
        if (finding.repository != repositoryName || finding.commit == target.toHex())
            continue;
        auto move = commitMove(finding.commit);
        if (!move)
            return move.error();
        QVector<FindingLocation> locations;
        AnchorState worst = AnchorState::Exact;
        for (const FindingLocation &location : finding.locations) {
            auto next = carry(**move, location);
            if (!next)
                return next.error();
            worst = std::max(worst, next->state);
            locations.append(*next);
        }
        report.append({finding.id, finding.title, worst, finding.primary(), locations.first()});
        carried.append({locations, worst});
    }

    auto coverage = workspace.coverage().ranges(repositoryName, reviewed->commit);
    if (!coverage)
        return coverage.error();
    QVector<CoverageRange> keptCoverage;
    if (reviewed->commit != target.toHex()) {
        auto move = commitMove(reviewed->commit);
        if (!move)
            return move.error();
        for (const CoverageRange &range : std::as_const(*coverage)) {
            auto kept = carry(**move, range);
            if (!kept)
                return kept.error();
            keptCoverage += *kept;
        }
    }

    auto done = workspace.batch([&]() -> Result<void> {
        for (int i = 0; i < report.size(); ++i) {
            if (auto moved = workspace.findings().move(report.at(i).id, target.toHex(),
                                                       carried.at(i).first, carried.at(i).second);
                !moved)
                return moved;
        }
        if (auto kept = workspace.coverage().carry(repositoryName, target.toHex(), keptCoverage);
            !kept)
            return kept;
        return workspace.setRepositoryCommit(repositoryName, target.toHex());
    });
    if (!done)
        return done.error();
    return report;
}

} // namespace clearroom::review
