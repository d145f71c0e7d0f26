// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "logcommand.h"

#include "abbreviation.h"
#include "arguments.h"
#include "commitgraphcache.h"
#include "history.h"
#include "logformat.h"
#include "lstreecommand.h"
#include "mailmap.h"
#include "pathquote.h"
#include "repository.h"
#include "verifiedobjects.h"

#include <QElapsedTimer>

#include <climits>
#include <cstdio>
#include <utility>

namespace clearroom::cli {

namespace {

// git reads -n with C's atoi(): leading white space, a sign, digits, the rest ignored;
// a number too large for a long saturates, and the result is cut to an int.
qint64 countLikeAtoi(const QByteArray &text)
{
    qsizetype at = 0;
    while (at < text.size() && (text.at(at) == ' ' || (text.at(at) >= '\t' && text.at(at) <= '\r')))
        ++at;
    bool negative = false;
    if (at < text.size() && (text.at(at) == '+' || text.at(at) == '-'))
        negative = text.at(at++) == '-';
    quint64 value = 0;
    bool saturated = false;
    for (; at < text.size() && text.at(at) >= '0' && text.at(at) <= '9'; ++at) {
        value = value * 10 + quint64(text.at(at) - '0');
        if (value > quint64(LLONG_MAX)) {
            saturated = true;
            break;
        }
    }
    qint64 number = saturated ? (negative ? LLONG_MIN : LLONG_MAX)
                              : (negative ? -qint64(value) : qint64(value));
    return qint32(quint32(quint64(number) & 0xFFFFFFFFu));
}

// What git's own option parser accepts that ArgumentParser does not: "-5" for -n 5, and
// --pretty without a value (the default format). --format always needs one.
Result<QByteArrayList> normalisedArguments(const QByteArrayList &arguments)
{
    QByteArrayList normalised;
    bool options = true;
    bool isValue = false; // the value of the option before ("-n -1")
    for (const QByteArray &argument : arguments) {
        const bool optionValue = std::exchange(isValue, false);
        if (optionValue) {
            normalised.append(argument);
            continue;
        }
        if (options && argument == "--")
            options = false;
        isValue = options && (argument == "-n" || argument == "--max-count");
        if (options && argument.size() > 1 && argument.startsWith('-') && argument.at(1) >= '0'
            && argument.at(1) <= '9') {
            normalised.append("--max-count=" + argument.mid(1));
        } else if (options && argument == "--pretty") {
            normalised.append("--pretty=medium");
        } else if (options && argument == "--format") {
            return Error {LogCommand::tr("repo log: --format needs its value after '=', e.g. "
                                         "--format=%H."),
                          true};
        } else {
            normalised.append(argument);
        }
    }
    return normalised;
}

bool hasWildcard(const QByteArray &path)
{
    for (const char c : path) {
        if (c == '*' || c == '?' || c == '[' || c == '\\')
            return true;
    }
    return false;
}

} // namespace

Result<QByteArray> LogCommand::run(const RepositoryOpener &openRepository,
                                   const QByteArrayList &arguments)
{
    auto normalised = normalisedArguments(arguments);
    if (!normalised)
        return normalised.error();
    const ArgumentParser parser(QStringLiteral("repo log"),
                                {{"max-count", 'n', true},
                                 {"format", 0, true},
                                 {"pretty", 0, true},
                                 {"oneline", 0, false},
                                 {"abbrev-commit", 0, false},
                                 {"no-abbrev-commit", 0, false},
                                 {"first-parent", 0, false},
                                 {"follow", 0, false},
                                 {"reverse", 0, false},
                                 {"no-cache", 0, false}});
    auto parsed = parser.parse(*normalised);
    if (!parsed)
        return parsed.error();

    // Every format given must be valid; the last one given counts.
    LogFormat format;
    for (const QByteArray &key : {QByteArray("format"), QByteArray("pretty")}) {
        for (const QByteArray &value : parsed->values(key)) {
            auto valid = LogFormat::parse(value);
            if (!valid)
                return valid.error();
        }
    }
    const QByteArray formatKey = parsed->lastOf({"format", "pretty", "oneline"});
    if (formatKey == "oneline")
        format.style = LogFormat::Style::Oneline;
    else if (!formatKey.isEmpty())
        format = *LogFormat::parse(parsed->value(formatKey));
    const QByteArray abbreviationKey
        = parsed->lastOf({"abbrev-commit", "no-abbrev-commit", "oneline"});
    format.abbreviateCommit = abbreviationKey == "abbrev-commit" || abbreviationKey == "oneline";

    git::HistoryOptions options;
    options.firstParent = parsed->isSet("first-parent");
    options.followRenames = parsed->isSet("follow");
    options.reverse = parsed->isSet("reverse");
    if (parsed->isSet("max-count")) {
        const qint64 count = countLikeAtoi(parsed->value("max-count"));
        options.maxCount = count < 0 ? -1 : count;
    }

    const QByteArrayList &revisions = parsed->positional();
    if (revisions.size() > 1) {
        return Error {tr("repo log: name one revision; to limit the log to paths, put them "
                         "after '--'."),
                      true};
    }
    const QByteArray revision = revisions.value(0, QByteArrayLiteral("HEAD"));
    if (revision.contains("..") || revision.startsWith('^')) {
        return Error {tr("repo log: revision ranges such as '%1' are not supported; name one "
                         "revision.")
                          .arg(git::displayBytes(revision)),
                      true};
    }
    for (const QByteArray &path : parsed->afterSeparator()) {
        if (hasWildcard(path)) {
            return Error {tr("repo log: the path '%1' has wildcards, which are not supported "
                             "here.")
                              .arg(git::displayBytes(path)),
                          true};
        }
        auto normalisedPath = normalizePathspec(path);
        if (!normalisedPath)
            return normalisedPath.error();
        options.paths.append(*normalisedPath);
    }
    if (options.followRenames && options.paths.size() != 1)
        return Error {tr("repo log: --follow needs exactly one path after '--'."), true};

    auto repository = openRepository();
    if (!repository)
        return repository.error();
    if (parsed->isSet("no-cache"))
        repository->hashEveryObject(); // before anything is read
    // git walks nothing from a tree or a file (or a tag of one), and says nothing.
    auto object = repository->resolve(revision);
    if (!object)
        return object.error();
    if (object->type == git::ObjectType::Tag)
        object = repository->resolve(revision + "^{}");
    if (!object)
        return object.error();
    if (object->type == git::ObjectType::Tree || object->type == git::ObjectType::Blob)
        return QByteArray();
    auto start = repository->resolveCommit(revision);
    if (!start)
        return start.error();
    auto abbreviator = git::Abbreviator::create(*repository);
    if (!abbreviator)
        return abbreviator.error();
    auto mailmap = git::Mailmap::load(*repository);
    if (!mailmap)
        return mailmap.error();

    // Clearroom's commit-graph cache, when `repo cache build` made one (a damaged one is
    // deleted and the walk reads the repository instead), for a walk limited to paths:
    // one that shows every commit reads each anyway.
    std::optional<git::CommitGraphCache> cache;
    if (!options.paths.isEmpty() && !options.followRenames && !parsed->isSet("no-cache")
        && qEnvironmentVariableIsEmpty("CLEARROOM_NO_CACHE"))
        cache = git::CommitGraphCache::load(*repository);
    options.cache = cache ? &*cache : nullptr;

    // `--format=%H` needs the commits shown read (see HistoryOptions), not parsed.
    options.commitText = format.readsCommitText();
    LogPrinter printer(format, FormatContext {*abbreviator, *mailmap, {}});
    QByteArray output;
    Result<void> printed;
    const auto walked
        = git::History::walk(*repository, *start, options, nullptr, [&](git::CommitInfo &&commit) {
              printed = printer.print(commit, output);
              return printed.ok();
          });
    if (!walked)
        return walked.error();
    if (!printed)
        return printed.error();
    return output;
}

QString LogCommand::help()
{
    return tr("Usage: clearroom-cli [-C REPO] repo log [options] [REV] [-- PATH...]\n"
              "\n"
              "Shows the history of REV (default HEAD) exactly as 'git log' does: newest\n"
              "first by commit date; with paths, only the commits that change them, with\n"
              "git's default history simplification.\n"
              "\n"
              "  -n N, -N, --max-count=N   show at most N commits\n"
              "  --format=FORMAT           git's placeholders (%H %h %T %t %P %p %an %ae %ad\n"
              "                            %at %cn %ce %cd %ct %s %b %B %n %% and more), with a\n"
              "                            newline after each commit (tformat:); also\n"
              "                            format:FORMAT, tformat:FORMAT, medium, oneline\n"
              "  --pretty[=FORMAT]         the same (the default format without a value)\n"
              "  --oneline                 abbreviated id and subject\n"
              "  --abbrev-commit           abbreviated commit ids (--no-abbrev-commit: full)\n"
              "  --first-parent            follow only the first parent of merges\n"
              "  --follow                  follow one file across renames\n"
              "  --reverse                 oldest first\n"
              "  --no-cache                do not use Clearroom's commit-graph cache\n"
              "\n"
              "When 'clearroom-cli repo cache build' made a commit-graph cache for the\n"
              "repository, a log limited to paths (without --follow) reads parents and\n"
              "dates from it and skips commits that certainly leave the paths alone; the\n"
              "output is the same. CLEARROOM_NO_CACHE=1 turns it off like --no-cache.\n");
}

QString CacheCommand::objectStatus(const git::Repository &repository)
{
    const git::VerifiedObjects::Status status = git::VerifiedObjects::status(repository);
    QString text;
    if (!status.discarded.isEmpty())
        text += status.discarded + QLatin1Char('\n');
    if (!status.recorded)
        return text
            + tr("The objects are not recorded as verified: they are hashed as they "
                 "are read ('repo cache build' verifies them once).\n");
    text += tr("The objects were verified once: %n pack(s) and %1 loose object(s) recorded in "
               "'%2'.\n",
               nullptr, status.packs)
                .arg(status.looseObjects)
                .arg(git::VerifiedObjects::filePath(repository));
    if (!status.changed.isEmpty()) {
        text += tr("%n object file(s) changed since, so objects are hashed as they are read "
                   "again ('repo cache build' verifies them):\n",
                   nullptr, int(status.changed.size()));
        for (const QString &file : status.changed)
            text += QStringLiteral("  ") + file + QLatin1Char('\n');
    } else if (!status.notApplicable.isEmpty()) {
        text += tr("Objects are still hashed as they are read: %1.\n").arg(status.notApplicable);
    } else {
        text += tr("Nothing changed since: objects are not hashed again as they are read.\n");
    }
    return text;
}

Result<QByteArray> CacheCommand::run(const RepositoryOpener &openRepository,
                                     const QByteArrayList &arguments)
{
    const ArgumentParser parser(QStringLiteral("repo cache"), {});
    auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();
    const QByteArrayList &words = parsed->positional();
    if (words.size() != 1 || !QByteArrayList {"build", "drop", "status"}.contains(words.first()))
        return Error {tr("repo cache: name one of build, drop or status."), true};
    const QByteArray action = words.first();
    auto repository = openRepository();
    if (!repository)
        return repository.error();

    if (action == "build") {
        // The objects first: a damaged one fails the command before anything is recorded.
        QElapsedTimer timer;
        timer.start();
        auto verified = git::VerifiedObjects::build(*repository, [](const QString &line) {
            const QByteArray text = line.toUtf8() + '\n';
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        });
        if (!verified)
            return verified.error();
        const double seconds = double(timer.elapsed()) / 1000;
        git::CommitGraphCache::BuildStatistics statistics;
        auto built = git::CommitGraphCache::build(*repository, nullptr, &statistics);
        if (!built)
            return built.error();
        QString text = tr("Built the commit-graph cache '%1': %n commit(s), %2 taken over from "
                          "the cache before, %3 with a changed-path filter.\n",
                          nullptr, statistics.commits)
                           .arg(built->path())
                           .arg(statistics.reused)
                           .arg(statistics.filters);
        text += tr("Verified every object once in %1 s: %n pack(s) with %2 objects and %3 "
                   "loose object(s), %4 of these files taken over unchanged from the record "
                   "before; recorded in '%5'.\n",
                   nullptr, verified->packs)
                    .arg(seconds, 0, 'f', 1)
                    .arg(verified->packedObjects)
                    .arg(verified->looseObjects)
                    .arg(verified->reused)
                    .arg(git::VerifiedObjects::filePath(*repository));
        const git::VerifiedObjects::Status status = git::VerifiedObjects::status(*repository);
        if (!status.notApplicable.isEmpty())
            text
                += tr("Objects are still hashed as they are read: %1.\n").arg(status.notApplicable);
        return text.toUtf8();
    }
    if (action == "drop") {
        auto dropped = git::CommitGraphCache::drop(*repository);
        if (!dropped)
            return dropped.error();
        auto droppedRecord = git::VerifiedObjects::drop(*repository);
        if (!droppedRecord)
            return droppedRecord.error();
        const QString path = git::CommitGraphCache::filePath(*repository);
        QString text = *dropped ? tr("Deleted the commit-graph cache '%1'.\n").arg(path)
                                : tr("There is no commit-graph cache '%1'.\n").arg(path);
        if (*droppedRecord) {
            text += tr("Deleted the record of verified objects '%1'.\n")
                        .arg(git::VerifiedObjects::filePath(*repository));
        }
        return text.toUtf8();
    }
    QString discarded;
    const auto cache = git::CommitGraphCache::load(*repository, &discarded);
    if (!cache) {
        QString text = discarded.isEmpty() ? QString() : discarded + QLatin1Char('\n');
        text += tr("There is no commit-graph cache '%1'.\n")
                    .arg(git::CommitGraphCache::filePath(*repository));
        return (text + objectStatus(*repository)).toUtf8();
    }
    auto tips = git::CommitGraphCache::currentTips(*repository);
    if (!tips)
        return tips.error();
    int missing = 0;
    for (const git::ObjectId &tip : std::as_const(*tips)) {
        if (!cache->find(tip))
            ++missing;
    }
    QString text
        = tr("The commit-graph cache '%1' holds %n commit(s).\n", nullptr, cache->commitCount())
              .arg(cache->path());
    text += missing == 0 ? tr("It covers every ref and HEAD.\n")
                         : tr("It is stale: %n ref(s) or HEAD name commits it does not hold "
                              "(they are read from the repository; 'repo cache build' adds "
                              "them).\n",
                              nullptr, missing);
    return (text + objectStatus(*repository)).toUtf8();
}

QString CacheCommand::help()
{
    return tr("Usage: clearroom-cli [-C REPO] repo cache build|drop|status\n"
              "\n"
              "Clearroom's own commit-graph cache of a repository, which makes 'repo log'\n"
              "faster, above all with paths: each commit's parents, date and tree and a\n"
              "filter of the paths it changes. It is kept in the user's cache folder\n"
              "($CLEARROOM_CACHE_DIR, otherwise clearroom/commit-graphs in $XDG_CACHE_HOME\n"
              "or ~/.cache), never in the repository, and checked when read: a damaged or\n"
              "foreign file is deleted and not used.\n"
              "\n"
              "  build    build it (again) for every commit the refs and HEAD reach, reusing\n"
              "           what the cache already holds\n"
              "  drop     delete it\n"
              "  status   say whether there is one and whether it covers every ref\n"
              "\n"
              "'build' also verifies every object once (each pack as 'git index-pack --verify'\n"
              "does, each loose object hashed) and records that beside the cache; while no\n"
              "object file changes, Clearroom then does not hash each object again as it\n"
              "reads it. A damaged object fails 'build', naming it, and nothing is recorded.\n"
              "'drop' deletes the record too; 'status' says whether it applies and which\n"
              "object files changed since. --no-cache and CLEARROOM_NO_CACHE=1 hash every\n"
              "object again.\n");
}

} // namespace clearroom::cli
