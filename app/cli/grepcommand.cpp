// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "grepcommand.h"

#include "arguments.h"
#include "pathquote.h"
#include "repository.h"
#include "treegrep.h"

namespace clearroom::cli {

using git::GrepBinaryFiles;
using git::GrepDetail;
using git::GrepFileMatches;

namespace {

struct Options
{
    bool lineNumbers = false;
    bool quiet = false;
    GrepDetail detail = GrepDetail::Lines;
    GrepBinaryFiles binaryFiles = GrepBinaryFiles::ReportMatch;
};

// What one revision names: a tree to search (commits and tags are peeled to theirs), or a
// single blob ("HEAD:README.md").
struct Target
{
    QByteArray name; ///< as given on the command line
    git::ObjectId id;
    bool isBlob = false;
};

// Writes the output of one revision as git prints it. git names a file of a tree as
// "REV:path", the path quoted as core.quotePath does and REV as given; a blob given as
// the revision is named by the whole revision, quoted.
class OutputWriter
{
public:
    OutputWriter(const Options &options, QByteArray &output)
        : m_options(options)
        , m_output(output)
    {
    }

    // Returns false when the search can stop (quiet: the first match decides).
    bool write(const Target &target, const GrepFileMatches &file)
    {
        m_matched = true;
        if (m_options.quiet)
            return false;
        QByteArray name;
        if (target.isBlob) {
            git::appendQuotedPath(name, target.name.constData(), target.name.size());
        } else {
            name = target.name + ':';
            git::appendQuotedPath(name, file.path.constData(), file.path.size());
        }
        switch (m_options.detail) {
        case GrepDetail::FirstMatch:
            m_output += name + '\n';
            return true;
        case GrepDetail::Count:
            m_output += name + ':' + QByteArray::number(file.lineCount) + '\n';
            return true;
        case GrepDetail::Lines:
            break;
        }
        if (file.isBinary && m_options.binaryFiles == GrepBinaryFiles::ReportMatch) {
            m_output += "Binary file " + name + " matches\n";
            return true;
        }
        for (const git::GrepLine &line : file.lines) {
            m_output += name;
            m_output += ':';
            if (m_options.lineNumbers) {
                m_output += QByteArray::number(line.number);
                m_output += ':';
            }
            m_output += line.text;
            m_output += '\n';
        }
        return true;
    }

    bool matched() const { return m_matched; }

private:
    const Options &m_options;
    QByteArray &m_output;
    bool m_matched = false;
};

Error usageError(const QString &message)
{
    return {message, true};
}

} // namespace

Result<QByteArray> GrepCommand::run(const RepositoryOpener &openRepository,
                                    const QByteArrayList &arguments)
{
    const ArgumentParser parser(QStringLiteral("repo grep"),
                                {{"line-number", 'n', false},
                                 {"ignore-case", 'i', false},
                                 {"word-regexp", 'w', false},
                                 {"files-with-matches", 'l', false},
                                 {"name-only", 0, false},
                                 {"count", 'c', false},
                                 {"basic-regexp", 'G', false},
                                 {"extended-regexp", 'E', false},
                                 {"fixed-strings", 'F', false},
                                 {"", 'e', true},
                                 {"invert-match", 'v', false},
                                 {"text", 'a', false},
                                 {"", 'I', false},
                                 {"", 'H', false},
                                 {"quiet", 'q', false}});
    // As in git, options end at the first argument that is not one.
    auto parsed = parser.parse(arguments, /*stopAtFirstPositional=*/true);
    if (!parsed)
        return parsed.error();

    git::SearchPattern pattern;
    const QByteArray syntax = parsed->lastOf({"basic-regexp", "extended-regexp", "fixed-strings"});
    if (syntax == "extended-regexp")
        pattern.syntax = git::SearchPattern::Syntax::Extended;
    else if (syntax == "fixed-strings")
        pattern.syntax = git::SearchPattern::Syntax::Fixed;
    pattern.ignoreCase = parsed->isSet("ignore-case");
    pattern.wholeWords = parsed->isSet("word-regexp");
    pattern.invert = parsed->isSet("invert-match");

    Options options;
    options.lineNumbers = parsed->isSet("line-number");
    options.quiet = parsed->isSet("quiet");
    if (parsed->isSet("files-with-matches") || parsed->isSet("name-only"))
        options.detail = GrepDetail::FirstMatch;
    else if (parsed->isSet("count"))
        options.detail = GrepDetail::Count;
    const QByteArray binary = parsed->lastOf({"text", "I"});
    if (binary == "text")
        options.binaryFiles = GrepBinaryFiles::AsText;
    else if (binary == "I")
        options.binaryFiles = GrepBinaryFiles::Skip;

    // PATTERN (unless given with -e), then revisions up to "--", then pathspecs. A "--"
    // before everything else only ends the options; after -e it starts the pathspecs.
    QByteArrayList rest = parsed->positional();
    rest += parsed->afterSeparator();
    pattern.patterns = parsed->values("e");
    if (pattern.patterns.isEmpty()) {
        if (rest.isEmpty())
            return usageError(tr("repo grep: name a pattern and a revision, e.g. TODO HEAD."));
        pattern.patterns.append(rest.takeFirst());
    } else if (parsed->hasSeparator()) {
        rest.prepend("--");
    }
    QByteArrayList revisions;
    while (!rest.isEmpty() && rest.first() != "--")
        revisions.append(rest.takeFirst());
    if (!rest.isEmpty())
        rest.removeFirst();
    for (const QByteArray &revision : std::as_const(revisions)) {
        if (revision.startsWith('-') && revision.size() > 1) {
            return usageError(tr("repo grep: the option '%1' must come before the pattern.")
                                  .arg(git::displayBytes(revision)));
        }
    }
    if (revisions.isEmpty()) {
        return usageError(tr("repo grep: name a revision to search, e.g. HEAD (the work "
                             "tree is never searched); paths go after '--'."));
    }
    const auto pathspec = git::Pathspec::parse(rest);
    if (!pathspec)
        return Error {tr("repo grep: %1").arg(pathspec.errorMessage()), true};

    // A bad pattern is a usage error, reported before the repository is opened.
    auto matcher = git::LineMatcher::create(pattern);
    if (!matcher)
        return Error {tr("repo grep: %1").arg(matcher.errorMessage()), true};

    auto repository = openRepository();
    if (!repository)
        return repository.error();
    QVector<Target> targets;
    for (const QByteArray &revision : std::as_const(revisions)) {
        auto object = repository->resolve(revision);
        if (!object)
            return object.error();
        Target target {revision, object->id, object->type == git::ObjectType::Blob};
        if (!target.isBlob && object->type != git::ObjectType::Tree) {
            auto tree = repository->resolveTree(revision);
            if (!tree)
                return tree.error();
            target.id = *tree;
        }
        targets.append(target);
    }

    QByteArray output;
    OutputWriter writer(options, output);
    for (const Target &target : std::as_const(targets)) {
        if (target.isBlob) {
            // git searches a blob named directly whatever the pathspecs say.
            auto content = repository->blobContent(target.id);
            if (!content)
                return content.error();
            auto found
                = git::TreeGrep::searchContent(*matcher, content->constData(), content->size(),
                                               options.detail, options.binaryFiles);
            if (!found)
                return found.error();
            if (found->lineCount > 0 && !writer.write(target, *found))
                break;
            continue;
        }
        git::TreeGrep search(repository->path(), target.id, pattern, *pathspec);
        search.setDetail(options.detail);
        search.setBinaryFiles(options.binaryFiles);
        auto summary
            = search.run([&](const GrepFileMatches &file) { return writer.write(target, file); });
        if (!summary)
            return summary.error();
        if (summary->stopped)
            break;
    }
    if (!writer.matched()) {
        // git's exit status 1, with the one message every failure of clearroom-cli has.
        return Error {tr("repo grep: no line matched.")};
    }
    return output;
}

QString GrepCommand::help()
{
    return tr("Usage: clearroom-cli [-C REPO] repo grep [options] [-e] PATTERN REV...\n"
              "                                          [-- PATHSPEC...]\n"
              "\n"
              "Searches the files of each revision for lines matching PATTERN, exactly as\n"
              "'git grep' does in the C locale (bytes, not characters). Output lines are\n"
              "'REV:PATH:LINE'. Symbolic links and submodules are not searched; a revision\n"
              "naming a file (REV:PATH) searches that file. Paths go after '--': a folder\n"
              "includes everything below it, and '*', '?' and '[...]' match across '/'\n"
              "('*.c' finds C files at any depth); ':!PATH' leaves PATH out, and the magic\n"
              "':(top,exclude,literal,glob)' is understood. Options come before the\n"
              "pattern.\n"
              "\n"
              "  -G, --basic-regexp        POSIX basic regular expressions (default)\n"
              "  -E, --extended-regexp     POSIX extended regular expressions\n"
              "  -F, --fixed-strings       plain strings\n"
              "  -e PATTERN                a pattern (repeat for several; any may match)\n"
              "  -i, --ignore-case         ignore the case of ASCII letters\n"
              "  -w, --word-regexp         match whole words only\n"
              "  -v, --invert-match        select the lines that do not match\n"
              "  -n, --line-number         show line numbers\n"
              "  -l, --files-with-matches  show only the names of files with a match\n"
              "      --name-only           the same as -l\n"
              "  -c, --count               show the number of matching lines per file\n"
              "  -a, --text                search binary files as text\n"
              "  -I                        do not search binary files\n"
              "  -H                        show file names (always on)\n"
              "  -q, --quiet               print nothing; the exit status says whether a\n"
              "                            line matched\n"
              "\n"
              "A file is binary when its first 8,000 bytes hold a NUL byte; by default a\n"
              "match there prints 'Binary file REV:PATH matches'. The repository's and the\n"
              "work tree's git attributes and configuration are not read. ('-h' shows this\n"
              "help, so git's -h, no file names, is not available.)\n"
              "\n"
              "Exit status: 0 when a line matched; 1 when none did (then standard error\n"
              "says so in one line and standard output is empty) or the search failed;\n"
              "2 for a usage error.\n");
}

} // namespace clearroom::cli
