// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "lstreecommand.h"

#include "arguments.h"
#include "pathquote.h"
#include "repository.h"

namespace clearroom::cli {

using git::ObjectId;
using git::TreeEntry;

Result<QByteArray> normalizePathspec(const QByteArray &path)
{
    // As git: an empty path is refused rather than silently meaning "everything".
    if (path.isEmpty())
        return Error {LsTreeCommand::tr("An empty path names nothing; use '.' for the whole tree.")};
    if (path.startsWith(':')) {
        return Error {LsTreeCommand::tr("The pathspec '%1' uses pathspec magic, which is not "
                                        "supported here.")
                          .arg(git::displayBytes(path))};
    }
    if (path.startsWith('/')) {
        return Error {LsTreeCommand::tr("The path '%1' is absolute; give it relative to the top "
                                        "of the repository.")
                          .arg(git::displayBytes(path))};
    }
    QByteArrayList parts;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (parts.isEmpty()) {
                return Error {LsTreeCommand::tr("The path '%1' is outside the repository.")
                                  .arg(git::displayBytes(path))};
            }
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    QByteArray normalized = parts.join('/');
    const bool endsAsDirectory = path.endsWith('/') || path.endsWith("/.") || path == "."
        || path.endsWith("/..");
    if (!normalized.isEmpty() && endsAsDirectory)
        normalized.append('/');
    return normalized;
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

class Lister
{
public:
    Lister(const git::Repository &repository, const Options &options, QByteArrayList specs)
        : m_repository(repository)
        , m_options(options)
        , m_specs(std::move(specs))
    {
    }

    Result<void> list(const ObjectId &tree, const QByteArray &base)
    {
        auto entries = m_repository.treeEntries(tree);
        if (!entries)
            return entries.error();
        for (const TreeEntry &entry : std::as_const(*entries)) {
            const QByteArray path = base + entry.name;
            if (!isInteresting(base, entry))
                continue;
            const bool recurse = entry.isTree() && shouldRecurse(path);
            bool show = true;
            if (entry.isBlob() && m_options.treesOnly)
                show = false;
            if (recurse && !m_options.showTrees)
                show = false;
            if (show) {
                if (auto printed = print(entry, path); !printed)
                    return printed;
            }
            if (recurse) {
                if (auto listed = list(entry.id, path + '/'); !listed)
                    return listed;
            }
        }
        return {};
    }

    QByteArray takeOutput() { return std::move(m_output); }

private:
    // An entry is listed when a pathspec names it, lies inside it, or leads through it.
    bool isInteresting(const QByteArray &base, const TreeEntry &entry) const
    {
        if (m_specs.isEmpty())
            return true;
        for (const QByteArray &spec : m_specs) {
            if (spec.isEmpty())
                return true;
            if (base.size() >= spec.size()) {
                if (base.startsWith(spec)
                    && (spec.endsWith('/') || base.at(spec.size()) == '/'))
                    return true;
                continue;
            }
            if (!spec.startsWith(base))
                continue;
            const QByteArray rest = spec.mid(base.size());
            if (rest == entry.name)
                return true;
            // A submodule has no entries of its own: "sub/" names it, "sub/x" does not.
            if (rest.size() > entry.name.size() && rest.startsWith(entry.name)
                && rest.at(entry.name.size()) == '/'
                && (entry.isTree()
                    || (entry.isSubmodule() && rest.size() == entry.name.size() + 1)))
                return true;
        }
        return false;
    }

    // A tree is entered with -r, or when a pathspec continues below it.
    bool shouldRecurse(const QByteArray &path) const
    {
        if (m_options.recursive)
            return true;
        for (const QByteArray &spec : m_specs) {
            if (spec.size() > path.size() && spec.startsWith(path) && spec.at(path.size()) == '/')
                return true;
        }
        return false;
    }

    Result<void> print(const TreeEntry &entry, const QByteArray &path)
    {
        const QByteArray shownPath = m_options.nulTerminated ? path : git::quotePath(path);
        const char terminator = m_options.nulTerminated ? '\0' : '\n';
        if (m_options.nameOnly) {
            m_output += shownPath;
            m_output += terminator;
            return {};
        }
        if (m_options.objectOnly) {
            m_output += entry.id.toHex();
            m_output += terminator;
            return {};
        }
        m_output += QByteArray::number(entry.mode, 8).rightJustified(6, '0');
        m_output += ' ';
        m_output += git::objectTypeName(entry.type());
        m_output += ' ';
        m_output += entry.id.toHex();
        if (m_options.longFormat) {
            QByteArray size = "-";
            if (entry.isBlob()) {
                auto bytes = m_repository.objectSize(entry.id);
                if (!bytes)
                    return bytes.error();
                size = QByteArray::number(*bytes);
            }
            m_output += ' ';
            m_output += size.rightJustified(7, ' ');
        }
        m_output += '\t';
        m_output += shownPath;
        m_output += terminator;
        return {};
    }

    const git::Repository &m_repository;
    Options m_options;
    QByteArrayList m_specs;
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
                         "combined.")};
    }

    QByteArrayList operands = parsed->positional();
    operands += parsed->afterSeparator();
    if (operands.isEmpty())
        return Error {tr("repo ls-tree: name the tree to list, e.g. HEAD.")};
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
    if (auto listed = lister.list(*tree, QByteArray()); !listed)
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
