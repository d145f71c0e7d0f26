// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "diffcommand.h"

#include "abbreviation.h"
#include "diffprinter.h"
#include "pathquote.h"
#include "repository.h"
#include "treediff.h"

#include <optional>

namespace clearroom::cli {

namespace {

Error usageError(const QString &message)
{
    return {message, true};
}

bool allDigits(const QByteArray &text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// A number git would read with strtol/strtoul and nothing after it; only plain digits
// (and a sign where `negativeAllowed`) are accepted here, anything stranger is refused.
std::optional<int> plainNumber(const QByteArray &text, bool negativeAllowed = false)
{
    const bool negative = negativeAllowed && text.startsWith('-');
    const QByteArray digits = negative ? text.mid(1) : text;
    if (digits.isEmpty() || digits.size() > 9 || !allDigits(digits))
        return std::nullopt;
    return negative ? -digits.toInt() : digits.toInt();
}

struct Request
{
    DiffFormat format;
    git::TreeDiffOptions options;
    QByteArrayList revisions;
    QByteArrayList paths;
};

class DiffArguments
{
public:
    Result<Request> parse(const QByteArrayList &arguments)
    {
        bool anyFormat = false;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QByteArray &argument = arguments.at(i);
            if (m_afterSeparator) {
                m_request.paths.append(argument);
                continue;
            }
            if (argument == "--") {
                m_afterSeparator = true;
                continue;
            }
            if (!argument.startsWith('-') || argument == "-") {
                m_request.revisions.append(argument);
                continue;
            }
            // -l takes its value attached or as the next argument, as git's -l does.
            if (argument == "-l") {
                if (i + 1 == arguments.size())
                    return usageError(DiffCommand::tr("repo diff: -l needs a number."));
                if (auto limited = renameLimit(arguments.at(++i)); !limited)
                    return limited.error();
                continue;
            }
            auto format = option(argument);
            if (!format)
                return format.error();
            anyFormat = *format || anyFormat;
        }
        if (!anyFormat)
            m_request.format.patch = true;
        if (m_request.format.nameOnly && m_request.format.nameStatus) {
            return usageError(
                DiffCommand::tr("repo diff: --name-only and --name-status cannot be used "
                                "together."));
        }
        return m_request;
    }

private:
    // One option: whether it selects an output format, or the error.
    Result<bool> option(const QByteArray &argument)
    {
        DiffFormat &format = m_request.format;
        static const QList<QPair<QByteArray, bool DiffFormat::*>> formats = {
            {"-p", &DiffFormat::patch},
            {"-u", &DiffFormat::patch},
            {"--patch", &DiffFormat::patch},
            {"--raw", &DiffFormat::raw},
            {"--stat", &DiffFormat::stat},
            {"--numstat", &DiffFormat::numstat},
            {"--shortstat", &DiffFormat::shortstat},
            {"--summary", &DiffFormat::summary},
            {"--name-only", &DiffFormat::nameOnly},
            {"--name-status", &DiffFormat::nameStatus},
        };
        for (const auto &[name, member] : formats) {
            if (argument == name) {
                format.*member = true;
                return true;
            }
        }
        if (argument == "-z") {
            format.nulTerminated = true;
            return false;
        }
        // Clearroom never runs textconv filters or external diff programs anyway.
        if (argument == "--no-textconv" || argument == "--no-ext-diff")
            return false;
        if (argument == "--no-renames") {
            m_request.options.detectRenames = false;
            return false;
        }
        if (argument.startsWith("-M") || argument == "--find-renames"
            || argument.startsWith("--find-renames=")) {
            const QByteArray value = argument.startsWith("-M")
                ? argument.mid(2)
                : argument.mid(qsizetype(sizeof "--find-renames"));
            const int score = parseRenameScore(value);
            if (score < 0) {
                return usageError(DiffCommand::tr("repo diff: '%1' is not a rename threshold "
                                                  "git understands (e.g. -M, -M60%, -M6, "
                                                  "-M0.6).")
                                      .arg(git::displayBytes(argument)));
            }
            m_request.options.detectRenames = true;
            m_request.options.renameScore = score;
            return false;
        }
        if (argument.startsWith("-l"))
            return renameLimit(argument.mid(2));
        if (argument.startsWith("-U") || argument == "--unified"
            || argument.startsWith("--unified=")) {
            const bool attached
                = argument.startsWith("-U") ? argument.size() > 2 : argument.contains('=');
            if (attached) {
                const QByteArray value
                    = argument.mid(argument.startsWith("-U") ? 2 : qsizetype(sizeof "--unified"));
                // git reads "--unified=" as 0 lines.
                const auto lines = value.isEmpty() ? std::optional<int>(0) : plainNumber(value);
                if (!lines) {
                    return usageError(DiffCommand::tr("repo diff: '%1' needs a number of "
                                                      "context lines, e.g. -U5.")
                                          .arg(git::displayBytes(argument)));
                }
                format.contextLines = *lines;
            }
            format.patch = true;
            return true;
        }
        if (argument.startsWith("--stat=") || argument.startsWith("--stat-"))
            return statWidths(argument);
        return usageError(DiffCommand::tr("repo diff: unknown option '%1'; see 'clearroom-cli "
                                          "repo diff --help'.")
                              .arg(git::displayBytes(argument)));
    }

    Result<bool> renameLimit(const QByteArray &value)
    {
        const auto limit = plainNumber(value, /*negativeAllowed=*/true);
        if (!limit) {
            return usageError(DiffCommand::tr("repo diff: '-l%1' needs a number (the rename "
                                              "limit).")
                                  .arg(git::displayBytes(value)));
        }
        m_request.options.renameLimit = *limit;
        return false;
    }

    // --stat=<width>[,<name-width>[,<count>]] and --stat-width=, --stat-name-width=,
    // --stat-graph-width=, --stat-count=.
    Result<bool> statWidths(const QByteArray &argument)
    {
        DiffStatWidths &widths = m_request.format.statWidths;
        const auto invalid = [&argument] {
            return usageError(DiffCommand::tr("repo diff: '%1' needs numbers, e.g. "
                                              "--stat=100,40,10.")
                                  .arg(git::displayBytes(argument)));
        };
        const qsizetype equals = argument.indexOf('=');
        const QByteArray name = argument.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : argument.mid(equals + 1);
        if (name == "--stat") {
            const QByteArrayList parts = value.split(',');
            if (parts.size() > 3)
                return invalid();
            int *const targets[] = {&widths.total, &widths.name, &widths.count};
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const auto number
                    = parts.at(i).isEmpty() ? std::optional<int>(0) : plainNumber(parts.at(i));
                if (!number)
                    return invalid();
                *targets[i] = *number;
            }
            m_request.format.stat = true;
            return true;
        }
        static const QList<QPair<QByteArray, int DiffStatWidths::*>> single = {
            {"--stat-width", &DiffStatWidths::total},
            {"--stat-name-width", &DiffStatWidths::name},
            {"--stat-graph-width", &DiffStatWidths::graph},
            {"--stat-count", &DiffStatWidths::count},
        };
        for (const auto &[option, member] : single) {
            if (name != option)
                continue;
            const auto number = plainNumber(value);
            if (equals < 0 || !number)
                return invalid();
            widths.*member = *number;
            m_request.format.stat = true;
            return true;
        }
        return usageError(DiffCommand::tr("repo diff: unknown option '%1'; see 'clearroom-cli "
                                          "repo diff --help'.")
                              .arg(git::displayBytes(argument)));
    }

    Request m_request;
    bool m_afterSeparator = false;
};

// The two trees to compare: "A B", "A..B", "A.." or "..B" (HEAD for a missing side).
Result<std::pair<QByteArray, QByteArray>> revisionPair(const QByteArrayList &revisions)
{
    if (revisions.size() == 1 && revisions.first().contains("..")) {
        const QByteArray &range = revisions.first();
        if (range.contains("...")) {
            return usageError(DiffCommand::tr("repo diff: '%1': the merge-base form A...B is not "
                                              "supported; name two revisions.")
                                  .arg(git::displayBytes(range)));
        }
        const qsizetype dots = range.indexOf("..");
        const QByteArray from = range.left(dots);
        const QByteArray to = range.mid(dots + 2);
        return std::pair {from.isEmpty() ? QByteArray("HEAD") : from,
                          to.isEmpty() ? QByteArray("HEAD") : to};
    }
    if (revisions.size() != 2) {
        return usageError(DiffCommand::tr("repo diff: name two revisions, e.g. 'HEAD~1 HEAD' (the "
                                          "work tree is never read); paths go after '--'."));
    }
    return std::pair {revisions.at(0), revisions.at(1)};
}

Result<git::ObjectId> treeOf(const git::Repository &repository, const QByteArray &revision)
{
    auto object = repository.resolve(revision);
    if (!object)
        return object.error();
    if (object->type == git::ObjectType::Tag)
        object = repository.resolve(revision + "^{}");
    if (!object)
        return object.error();
    if (object->type == git::ObjectType::Blob) {
        return usageError(DiffCommand::tr("repo diff: '%1' names a file; name commits or "
                                          "trees.")
                              .arg(git::displayBytes(revision)));
    }
    return repository.resolveTree(revision);
}

} // namespace

int parseRenameScore(const QByteArray &text)
{
    quint64 number = 0;
    quint64 scale = 1;
    bool dot = false;
    qsizetype at = 0;
    for (; at < text.size(); ++at) {
        const char c = text.at(at);
        if (!dot && c == '.') {
            scale = 1;
            dot = true;
        } else if (c == '%') {
            scale = dot ? scale * 100 : 100;
            ++at; // '%' ends it
            break;
        } else if (c >= '0' && c <= '9') {
            // git reads at most five digits.
            if (scale < 100000) {
                scale *= 10;
                number = number * 10 + quint64(c - '0');
            }
        } else {
            break;
        }
    }
    if (at != text.size())
        return -1;
    if (number >= scale)
        return git::RenameScoreMax;
    return int(git::RenameScoreMax * number / scale);
}

Result<QByteArray> DiffCommand::run(const RepositoryOpener &openRepository,
                                    const QByteArrayList &arguments, QStringList *warnings)
{
    auto request = DiffArguments().parse(arguments);
    if (!request)
        return request.error();
    auto revisions = revisionPair(request->revisions);
    if (!revisions)
        return revisions.error();
    auto pathspec = git::Pathspec::parse(request->paths);
    if (!pathspec)
        return usageError(tr("repo diff: %1").arg(pathspec.errorMessage()));
    request->options.pathspec = *pathspec;
    const DiffFormat &format = request->format;
    request->options.keepContents = !format.nameOnly && !format.nameStatus
        && (format.patch || format.stat || format.numstat || format.shortstat);

    auto repository = openRepository();
    if (!repository)
        return repository.error();
    auto oldTree = treeOf(*repository, revisions->first);
    if (!oldTree)
        return oldTree.error();
    auto newTree = treeOf(*repository, revisions->second);
    if (!newTree)
        return newTree.error();
    auto abbreviator = git::Abbreviator::create(*repository);
    if (!abbreviator)
        return abbreviator.error();

    auto diff = git::TreeDiff::compare(*repository, *oldTree, *newTree, request->options);
    if (!diff)
        return diff.error();
    auto output = DiffPrinter(*diff, *abbreviator, request->format).print();
    if (!output)
        return output.error();
    if (auto verified = diff->finishVerification(); !verified)
        return verified.error();
    if (const int needed = diff->neededRenameLimit(); needed > 0 && warnings) {
        warnings->append(tr("repo diff: exhaustive rename detection was skipped due to too "
                            "many files; -l%1 (git's diff.renameLimit %1) would allow it.")
                             .arg(needed));
    }
    return output;
}

QString DiffCommand::help()
{
    return tr("Usage: clearroom-cli [-C REPO] repo diff [options] A B [-- PATH...]\n"
              "\n"
              "Shows the changes from revision A to revision B (commits or trees; also\n"
              "A..B) exactly as 'git diff --no-textconv --no-ext-diff' does with git's\n"
              "defaults: renames are found (exact ones first, then by git's similarity),\n"
              "binary files are named, not shown. Paths after '--' limit the comparison;\n"
              "a rename is found only where both of its paths are included.\n"
              "\n"
              "Output (any combination; the patch by default):\n"
              "  -p, -u, --patch           the patch\n"
              "  -U<n>, --unified=<n>      the patch with <n> lines of context (default 3)\n"
              "  --stat[=<width>[,<name-width>[,<count>]]]\n"
              "                            a diffstat, 80 columns wide by default; also\n"
              "                            --stat-width=, --stat-name-width=,\n"
              "                            --stat-graph-width=, --stat-count=\n"
              "  --numstat                 added and deleted lines per file\n"
              "  --shortstat               only the last line of --stat\n"
              "  --summary                 created, deleted and renamed files, new modes\n"
              "  --raw                     git's raw format\n"
              "  --name-status             status letters and paths only\n"
              "  --name-only               paths only\n"
              "  -z                        NUL-terminated paths, unquoted\n"
              "\n"
              "Renames:\n"
              "  -M[<n>], --find-renames[=<n>]\n"
              "                            threshold of similarity for a rename (default\n"
              "                            50%; -M60%, -M6 and -M0.6 mean 60%)\n"
              "  --no-renames              do not look for renames\n"
              "  -l<n>                     look for inexact renames only while removed\n"
              "                            x added files stay within <n> squared (default\n"
              "                            1000, git's diff.renameLimit)\n"
              "\n"
              "The repository's configuration and attributes are not read: git's defaults\n"
              "apply. --no-textconv and --no-ext-diff are accepted (nothing is ever run).\n"
              "A similarity git prints (\"similarity index 87%\", R087) can be a point\n"
              "higher than Clearroom's for a rare pair of files: git counts the lines two\n"
              "files share through a table in which different lines now and then fall\n"
              "together; Clearroom counts them exactly.\n"
              "\n"
              "Exit status: 0 (with or without differences), 1 when the comparison failed,\n"
              "2 for a usage error.\n");
}

} // namespace clearroom::cli
