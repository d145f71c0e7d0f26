// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "treegrep.h"

#include "orderedfilework.h"
#include "pathquote.h"
#include "repository.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace clearroom::git {

namespace {

// Delta bases each worker keeps: two workers each with 48 MiB (the default then) doubled grep's
// peak memory on git.git for no measurable gain (files are searched in tree order).
constexpr qint64 GrepPackCacheBudget = qint64(4) * 1024 * 1024;

// git's rule for binary content (as looksBinary()), without copying the first 8,000
// bytes: this runs once per searched file.
bool isBinary(const char *data, qsizetype size)
{
    constexpr qsizetype firstBytes = 8000;
    return std::memchr(data, '\0', size_t(std::min(size, firstBytes))) != nullptr;
}

struct Slot
{
    std::optional<Error> error;
    GrepFileMatches matches;
};

} // namespace

// One run of a search: the files to search, searched on worker threads (OrderedFileWork),
// each with a matcher of its own, and their results delivered in path order on the thread
// of run().
class TreeGrep::SearchRun
{
public:
    SearchRun(const TreeGrep &settings, std::vector<TreeFile> files,
              std::vector<LineMatcher> matchers)
        : m_settings(settings)
        , m_files(std::move(files))
        , m_matchers(std::move(matchers))
        , m_results(m_files.size())
    {
    }

    Result<Summary> deliver(const std::function<bool(const GrepFileMatches &)> &onFile)
    {
        Summary summary;
        summary.filesTotal = qint64(m_files.size());
        OrderedFileWork::Settings settings;
        settings.threads = int(m_matchers.size());
        settings.packCacheBudget = GrepPackCacheBudget;
        settings.cancel = m_settings.m_cancel;
        OrderedFileWork work(
            m_settings.m_repositoryPath, m_files,
            [this](int worker, size_t index, const Result<std::string_view> &content) {
                m_results[index] = search(m_matchers[size_t(worker)], m_files[index], content);
            },
            settings);
        for (size_t index = 0; index < m_files.size(); ++index) {
            const auto waited = work.waitFor(index);
            if (!waited)
                return waited.error();
            if (*waited == OrderedFileWork::Outcome::Cancelled) {
                summary.cancelled = true;
                return summary;
            }
            if (*waited == OrderedFileWork::Outcome::Unfinished) {
                return Error {
                    tr("The search of '%1' ended before the file '%2' was "
                       "searched.")
                        .arg(m_settings.m_repositoryPath, displayBytes(m_files[index].path))};
            }
            const Slot slot = std::move(m_results[index]);
            if (slot.error)
                return *slot.error;
            ++summary.filesSearched;
            if (slot.matches.lineCount > 0) {
                ++summary.filesMatched;
                if (!onFile(slot.matches)) {
                    summary.stopped = true;
                    return summary;
                }
            }
            if (m_settings.m_progress)
                m_settings.m_progress(summary.filesSearched, summary.filesTotal);
            if (m_settings.m_cancel && m_settings.m_cancel->load(std::memory_order_relaxed)) {
                summary.cancelled = index + 1 < m_files.size();
                return summary;
            }
        }
        return summary;
    }

private:
    Slot search(const LineMatcher &matcher, const TreeFile &file,
                const Result<std::string_view> &content) const
    {
        Slot slot;
        Result<GrepFileMatches> found = Error {};
        if (content) {
            found = searchContent(matcher, content->data(), qsizetype(content->size()),
                                  m_settings.m_detail, m_settings.m_binaryFiles);
        }
        std::optional<QString> problem;
        if (!content)
            problem = content.errorMessage();
        else if (!found)
            problem = found.errorMessage();
        if (problem) {
            slot.error = Error {
                tr("The file '%1' cannot be searched: %2").arg(displayBytes(file.path), *problem)};
            return slot;
        }
        slot.matches = std::move(found).value();
        slot.matches.path = file.path;
        slot.matches.blob = file.blob;
        return slot;
    }

    const TreeGrep &m_settings;
    const std::vector<TreeFile> m_files;
    const std::vector<LineMatcher> m_matchers; // one per worker
    std::vector<Slot> m_results;
};

TreeGrep::TreeGrep(QString repositoryPath, ObjectId tree, SearchPattern pattern, Pathspec pathspec)
    : m_repositoryPath(std::move(repositoryPath))
    , m_tree(tree)
    , m_pattern(std::move(pattern))
    , m_pathspec(std::move(pathspec))
{
}

Result<GrepFileMatches> TreeGrep::searchContent(const LineMatcher &matcher, const char *data,
                                                qsizetype size, GrepDetail detail,
                                                GrepBinaryFiles binaryFiles)
{
    GrepFileMatches found;
    found.isBinary = isBinary(data, size);
    if (found.isBinary && binaryFiles == GrepBinaryFiles::Skip)
        return found;
    const bool reportOnly = found.isBinary && binaryFiles == GrepBinaryFiles::ReportMatch;
    const bool keepLines = detail == GrepDetail::Lines && !reportOnly;
    const bool stopAtFirst
        = detail == GrepDetail::FirstMatch || (detail == GrepDetail::Lines && reportOnly);
    auto scanned = matcher.forEachSelectedLine(
        data, size, [&](qint64 number, const char *line, qsizetype lineSize) {
            ++found.lineCount;
            if (keepLines)
                found.lines.append({number, QByteArray(line, lineSize)});
            return !stopAtFirst;
        });
    if (!scanned)
        return scanned.error();
    return found;
}

Result<TreeGrep::Summary> TreeGrep::run(const std::function<bool(const GrepFileMatches &)> &onFile)
{
    // Made here first, so that a bad pattern is reported before anything is read: one
    // for each worker (a compiled pattern keeps state while it matches).
    std::vector<LineMatcher> matchers;
    for (int i = 0; i < m_threads; ++i) {
        auto matcher = LineMatcher::create(m_pattern);
        if (!matcher)
            return matcher.error();
        matchers.push_back(std::move(matcher).value());
    }
    auto repository = Repository::open(m_repositoryPath);
    if (!repository)
        return repository.error();
    auto files = treeFiles(*repository, m_tree, m_pathspec);
    if (!files)
        return files.error();

    SearchRun run(*this, std::move(files).value(), std::move(matchers));
    return run.deliver(onFile);
}

} // namespace clearroom::git
