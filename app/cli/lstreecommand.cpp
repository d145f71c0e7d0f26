// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "lstreecommand.h"

#include "arguments.h"
#include "pathquote.h"
#include "pathspec.h"
#include "repository.h"

#include <cstring>

namespace clearroom::cli {

using git::ObjectId;
using git::TreeEntry;

Result<QByteArray> normalizePathspec(const QByteArray &path)
{
    // As git: an empty path is refused rather than silently meaning "everything".
    if (path.isEmpty())
        return Error {
            LsTreeCommand::tr("An empty path names nothing; use '.' for the whole tree.")};
    if (path.startsWith(':')) {
        return Error {LsTreeCommand::tr("The pathspec '%1' uses pathspec magic, which is not "
                                        "supported here.")
                          .arg(git::displayBytes(path))};
    }
    return git::Pathspec::normalizePath(path);
}

namespace {

struct Options
{
    bool recursive = false;
    bool showTrees = false;
    bool treesOnly = false;
    bool longFormat = false;
    bool nameOnly = false;
    bool objectOnly = false;
    bool nulTerminated = false;
};

// Walks the tree depth-first in stored order, writing straight into one output buffer:
// listing a whole tree of a large repository makes one call per entry, so nothing
// here allocates per entry.
class Lister
{
public:
    Lister(const git::Repository &repository, const Options &options, QByteArrayList specs)
        : m_repository(repository)
        , m_options(options)
        , m_specs(std::move(specs))
    {
    }

    Result<void> list(const ObjectId &tree)
    {
        Result<void> failure;
        const qsizetype baseSize = m_path.size();
        auto walked = m_repository.forEachTreeEntry(tree, [&](const git::TreeEntryView &entry) {
            if (!failure)
                return;
            m_path.truncate(baseSize);
            if (!isInteresting(baseSize, entry))
                return;
            m_path.append(entry.name.data(), qsizetype(entry.name.size()));
            const bool isTree = entry.isTree();
            const bool recurse = isTree && shouldRecurse();
            bool show = true;
            if (m_options.treesOnly && !isTree && entry.mode != TreeEntry::Submodule)
                show = false;
            if (recurse && !m_options.showTrees)
                show = false;
            if (show) {
                if (auto printed = print(entry); !printed)
                    failure = printed;
            }
            if (recurse && failure) {
                m_path.append('/');
                if (auto listed = list(ObjectId::fromRaw(entry.rawId)); !listed)
                    failure = listed;
            }
        });
        m_path.truncate(baseSize);
        if (!walked)
            return walked;
        return failure;
    }

    QByteArray takeOutput() { return std::move(m_output); }

private:
    // An entry is listed when a pathspec names it, lies inside it, or leads through it.
    // m_path holds the entry's folder ("" or "dir/sub/") up to baseSize.
    bool isInteresting(qsizetype baseSize, const git::TreeEntryView &entry) const
    {
        if (m_specs.isEmpty())
            return true;
        const char *base = m_path.constData();
        const auto nameSize = qsizetype(entry.name.size());
        for (const QByteArray &spec : m_specs) {
            if (spec.isEmpty())
                return true;
            if (baseSize >= spec.size()) {
                if (std::memcmp(base, spec.constData(), size_t(spec.size())) == 0
                    && (spec.endsWith('/') || base[spec.size()] == '/'))
                    return true;
                continue;
            }
            if (std::memcmp(base, spec.constData(), size_t(baseSize)) != 0)
                continue;
            const char *rest = spec.constData() + baseSize;
            const qsizetype restSize = spec.size() - baseSize;
            if (restSize < nameSize || std::memcmp(rest, entry.name.data(), size_t(nameSize)) != 0)
                continue;
            if (restSize == nameSize)
                return true;
            // A submodule has no entries of its own: "sub/" names it, "sub/x" does not.
            if (rest[nameSize] == '/'
                && (entry.isTree()
                    || (entry.mode == TreeEntry::Submodule && restSize == nameSize + 1)))
                return true;
        }
        return false;
    }

    // A tree is entered with -r, or when a pathspec continues below it.
    bool shouldRecurse() const
    {
        if (m_options.recursive)
            return true;
        for (const QByteArray &spec : m_specs) {
            if (spec.size() > m_path.size() && spec.startsWith(m_path)
                && spec.at(m_path.size()) == '/')
                return true;
        }
        return false;
    }

    Result<void> print(const git::TreeEntryView &entry)
    {
        const char terminator = m_options.nulTerminated ? '\0' : '\n';
        if (m_options.objectOnly) {
            git::appendHex(m_output, entry.rawId);
            m_output += terminator;
            return {};
        }
        if (!m_options.nameOnly) {
            char mode[7];
            for (int digit = 5, value = int(entry.mode); digit >= 0; --digit, value >>= 3)
                mode[digit] = char('0' + (value & 07));
            mode[6] = ' ';
            m_output.append(mode, 7);
            const bool isSubmodule = entry.mode == TreeEntry::Submodule;
            m_output += entry.isTree() ? "tree " : isSubmodule ? "commit " : "blob ";
            git::appendHex(m_output, entry.rawId);
            if (m_options.longFormat) {
                QByteArray size = "-";
                if (!entry.isTree() && !isSubmodule) {
                    auto bytes = m_repository.objectSize(ObjectId::fromRaw(entry.rawId));
                    if (!bytes)
                        return bytes.error();
                    size = QByteArray::number(*bytes);
                }
                m_output += ' ';
                m_output += size.rightJustified(7, ' ');
            }
            m_output += '\t';
        }
        if (m_options.nulTerminated)
            m_output += m_path;
        else
            git::appendQuotedPath(m_output, m_path.constData(), m_path.size());
        m_output += terminator;
        return {};
    }

    const git::Repository &m_repository;
    Options m_options;
    QByteArrayList m_specs;
    QByteArray m_path;
    QByteArray m_output;
};

} // namespace

Result<QByteArray> LsTreeCommand::run(const RepositoryOpener &openRepository,
                                      const QByteArrayList &arguments)
{
    const ArgumentParser parser(QStringLiteral("repo ls-tree"),
                                {{"", 'r', false},
                                 {"", 't', false},
                                 {"", 'd', false},
                                 {"long", 'l', false},
                                 {"", 'z', false},
                                 {"name-only", 0, false},
                                 {"name-status", 0, false},
                                 {"object-only", 0, false},
                                 {"full-name", 0, false},
                                 {"full-tree", 0, false}});
    auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();

    Options options;
    options.recursive = parsed->isSet("r");
    options.showTrees = parsed->isSet("t");
    options.treesOnly = parsed->isSet("d");
    options.longFormat = parsed->isSet("long");
    options.nameOnly = parsed->isSet("name-only") || parsed->isSet("name-status");
    options.objectOnly = parsed->isSet("object-only");
    options.nulTerminated = parsed->isSet("z");
    // As in git: -d with -r shows the trees it recurses into.
    if (options.treesOnly && options.recursive)
        options.showTrees = true;
    const int formats = int(options.longFormat) + int(options.nameOnly) + int(options.objectOnly);
    if (formats > 1) {
        return Error {tr("repo ls-tree: --long, --name-only and --object-only cannot be "
                         "combined."),
                      true};
    }

    QByteArrayList operands = parsed->positional();
    operands += parsed->afterSeparator();
    if (operands.isEmpty())
        return Error {tr("repo ls-tree: name the tree to list, e.g. HEAD."), true};
    const QByteArray revision = operands.takeFirst();

    QByteArrayList specs;
    for (const QByteArray &operand : std::as_const(operands)) {
        auto spec = normalizePathspec(operand);
        if (!spec)
            return spec.error();
        specs.append(*spec);
    }

    auto repository = openRepository();
    if (!repository)
        return repository.error();
    auto tree = repository->resolveTree(revision);
    if (!tree)
        return tree.error();

    Lister lister(*repository, options, specs);
    if (auto listed = lister.list(*tree); !listed)
        return listed.error();
    return lister.takeOutput();
}

QString LsTreeCommand::help()
{
    return tr("Usage: clearroom-cli [-C REPO] repo ls-tree [options] REV [PATH...]\n"
              "\n"
              "Lists the tree of REV exactly as 'git ls-tree' does.\n"
              "\n"
              "  -r               recurse into sub-trees\n"
              "  -t               show trees even when recursing\n"
              "  -d               show only trees\n"
              "  -l, --long       show the size of each blob\n"
              "  -z               end entries with NUL and do not quote paths\n"
              "  --name-only      show only paths (also --name-status)\n"
              "  --object-only    show only object ids\n"
              "  --full-name, --full-tree\n"
              "                   accepted for compatibility; paths are always from the top\n");
}

} // namespace clearroom::cli
