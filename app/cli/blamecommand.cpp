// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blamecommand.h"

#include "arguments.h"
#include "blameprinter.h"
#include "commitgraphcache.h"
#include "lstreecommand.h"
#include "pathquote.h"
#include "repository.h"

#include <algorithm>
#include <climits>
#include <optional>

namespace clearroom::cli {

namespace {

// C's strtol(): white space, a sign, digits (saturating); nullopt without a digit.
std::optional<qint64> readNumber(const QByteArray &text, qsizetype *at)
{
    qsizetype i = *at;
    while (i < text.size() && (text.at(i) == ' ' || (text.at(i) >= '\t' && text.at(i) <= '\r')))
        ++i;
    bool negative = false;
    if (i < text.size() && (text.at(i) == '+' || text.at(i) == '-'))
        negative = text.at(i++) == '-';
    if (i >= text.size() || text.at(i) < '0' || text.at(i) > '9')
        return std::nullopt;
    qint64 value = 0;
    for (; i < text.size() && text.at(i) >= '0' && text.at(i) <= '9'; ++i)
        value = std::min<qint64>(value * 10 + (text.at(i) - '0'), LONG_MAX);
    *at = i;
    return negative ? -value : value;
}

Error usage(const QString &message)
{
    return {message, true};
}

// One end of a range as git reads it. `begin` is the start already read (from 1) when
// this is the end, or 0 for the start itself. Sets `*value` when a number was given.
Result<void> readEnd(const QByteArray &spec, qsizetype *at, qint64 begin, qint64 *value)
{
    // For the start, git skips a '^' (which anchors a regular expression at line 1).
    if (begin == 0 && *at < spec.size() && spec.at(*at) == '^')
        ++*at;
    if (*at < spec.size() && spec.at(*at) == '/') {
        return usage(BlameCommand::tr("repo blame: -L '%1': regular expressions are not "
                                      "supported; give line numbers.")
                         .arg(git::displayBytes(spec)));
    }
    if (begin >= 1 && *at < spec.size() && (spec.at(*at) == '+' || spec.at(*at) == '-')) {
        qsizetype digits = *at + 1;
        // git reads the count after the sign as a number of its own.
        const auto count = readNumber(spec, &digits);
        if (!count)
            return {};
        if (*count == 0)
            return Error {BlameCommand::tr("repo blame: -L '%1' is an empty range.")
                              .arg(git::displayBytes(spec))};
        const qint64 signedCount = spec.at(*at) == '-' ? -*count : *count;
        if (signedCount > 0)
            *value = begin + signedCount - 2;
        else
            *value = begin + signedCount > 0 ? begin + signedCount : 1;
        *at = digits;
        return {};
    }
    const auto number = readNumber(spec, at);
    if (number) {
        if (*number <= 0)
            return Error {BlameCommand::tr("repo blame: -L '%1': %2 is not a line number "
                                           "(lines count from 1).")
                              .arg(git::displayBytes(spec))
                              .arg(*number)};
        *value = *number;
    }
    return {};
}

} // namespace

Result<QVector<git::BlameLineRange>> BlameCommand::lineRanges(const QByteArrayList &specs,
                                                              int lines, const QByteArray &path)
{
    QVector<git::BlameLineRange> ranges;
    for (const QByteArray &spec : specs) {
        if (spec.startsWith(':') || spec.startsWith("^:") || spec.startsWith("^/")) {
            return usage(tr("repo blame: -L '%1': function names and regular expressions are "
                            "not supported; give line numbers.")
                             .arg(git::displayBytes(spec)));
        }
        qint64 bottom = 0;
        qint64 top = 0;
        qsizetype at = 0;
        if (auto read = readEnd(spec, &at, 0, &bottom); !read)
            return read.error();
        if (at < spec.size() && spec.at(at) == ',') {
            ++at;
            if (auto read = readEnd(spec, &at, bottom + 1, &top); !read)
                return read.error();
        }
        if (at < spec.size()) {
            return usage(tr("repo blame: -L '%1' is not a range such as 'a,b', 'a,+n' or "
                            "'a,-n'.")
                             .arg(git::displayBytes(spec)));
        }
        if (bottom && top && top < bottom)
            std::swap(bottom, top);
        if ((lines == 0 && (top || bottom)) || lines < bottom) {
            return Error {tr("repo blame: -L '%1' lies beyond the end of '%2', which has only "
                             "%n line(s).",
                             nullptr, lines)
                              .arg(git::displayBytes(spec), git::displayBytes(path))};
        }
        bottom = std::max<qint64>(bottom, 1);
        if (top < 1 || top > lines)
            top = lines;
        if (top > bottom - 1)
            ranges.append({int(bottom - 1), int(top - bottom + 1)});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const git::BlameLineRange &a, const git::BlameLineRange &b) {
                  return a.first < b.first;
              });
    QVector<git::BlameLineRange> merged;
    for (const git::BlameLineRange &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().count) {
            git::BlameLineRange &last = merged.last();
            last.count = std::max(last.first + last.count, range.first + range.count) - last.first;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

Result<QByteArray> BlameCommand::run(const RepositoryOpener &openRepository,
                                     const QByteArrayList &arguments)
{
    const ArgumentParser parser(QStringLiteral("repo blame"),
                                {{"porcelain", 'p', false},
                                 {"line-porcelain", 0, false},
                                 {"", 'l', false},
                                 {"", 's', false},
                                 {"show-email", 'e', false},
                                 {"show-number", 'n', false},
                                 {"show-name", 'f', false},
                                 {"root", 0, false},
                                 {"", 'w', false},
                                 {"", 'L', true},
                                 {"no-cache", 0, false}});
    auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();

    QByteArrayList names = parsed->positional();
    if (parsed->hasSeparator()) {
        if (parsed->afterSeparator().size() != 1 || names.size() > 1)
            return usage(tr("repo blame: name one revision, then '--' and one file."));
        names.append(parsed->afterSeparator().first());
    }
    if (names.size() != 2) {
        return usage(tr("repo blame: name a revision and a file (REV -- PATH); the work tree "
                        "is never read, so a revision is needed."));
    }
    const QByteArray &revision = names.first();
    auto path = normalizePathspec(names.last());
    if (!path)
        return path.error();
    if (path->isEmpty() || path->endsWith('/')) {
        return Error {tr("repo blame: '%1' is a folder; blame needs a file.")
                          .arg(git::displayBytes(names.last()))};
    }

    BlamePrinter::Options print;
    print.porcelain = parsed->isSet("porcelain") || parsed->isSet("line-porcelain");
    print.linePorcelain = parsed->isSet("line-porcelain");
    print.longNames = parsed->isSet("l");
    print.noAuthor = parsed->isSet("s");
    print.email = parsed->isSet("show-email");
    print.sourceNumbers = parsed->isSet("show-number");
    print.fileNames = parsed->isSet("show-name");
    git::BlameOptions options;
    options.ignoreWhitespace = parsed->isSet("w");
    options.rootIsNotBoundary = parsed->isSet("root");

    auto repository = openRepository();
    if (!repository)
        return repository.error();
    if (parsed->isSet("no-cache"))
        repository->hashEveryObject(); // before anything is read
    auto commit = repository->resolveCommit(revision);
    if (!commit)
        return commit.error();
    // Clearroom's commit-graph cache, when `repo cache build` made one (a damaged one is
    // deleted and blame reads the repository instead).
    std::optional<git::CommitGraphCache> cache;
    if (!parsed->isSet("no-cache") && qEnvironmentVariableIsEmpty("CLEARROOM_NO_CACHE"))
        cache = git::CommitGraphCache::load(*repository);
    options.cache = cache ? &*cache : nullptr;
    auto blame = git::Blame::create(*repository, *commit, *path, options);
    if (!blame)
        return blame.error();
    QVector<git::BlameLineRange> ranges = {{0, blame->lineCount()}};
    if (parsed->isSet("L")) {
        auto given = lineRanges(parsed->values("L"), blame->lineCount(), *path);
        if (!given)
            return given.error();
        ranges = *given;
    }
    QVector<git::BlameEntry> entries;
    auto end = blame->run(ranges, nullptr,
                          [&entries](const git::BlameEntry &entry) { entries.append(entry); });
    if (!end)
        return end.error();
    return BlamePrinter::print(*repository, *blame, git::Blame::coalesced(std::move(entries)),
                               print);
}

QString BlameCommand::help()
{
    return tr("Usage: clearroom-cli [-C REPO] repo blame [options] REV [--] PATH\n"
              "\n"
              "Shows which commit last changed each line of PATH in REV, exactly as\n"
              "'git blame' does (renames followed, merges passed to each parent in turn).\n"
              "\n"
              "  -L a,b            only lines a to b (also 'a,+n', 'a,-n', 'a', ',b');\n"
              "                    may be given more than once\n"
              "  -p, --porcelain   git's format for programs\n"
              "  --line-porcelain  the same, with the commit's details on every line\n"
              "  -l                whole commit ids\n"
              "  -s                no author and date\n"
              "  -e, --show-email  the author's e-mail address instead of the name\n"
              "  -n, --show-number the line number in the commit that is blamed\n"
              "  -f, --show-name   the file name in the commit that is blamed\n"
              "  -w                ignore white space when comparing lines\n"
              "  --root            blame root commits instead of marking them with '^'\n"
              "  --no-cache        do not use Clearroom's commit-graph cache\n"
              "\n"
              "When 'clearroom-cli repo cache build' made a commit-graph cache for the\n"
              "repository, blame reads parents and dates from it and passes the lines of\n"
              "commits that certainly leave the file alone to their first parent without\n"
              "reading trees; the output is the same. CLEARROOM_NO_CACHE=1 turns it off\n"
              "like --no-cache.\n");
}

} // namespace clearroom::cli
