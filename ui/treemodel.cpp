// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "treemodel.h"

#include "pathquote.h"
#include "repositorysession.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace clearroom::ui {

struct TreeModel::Node
{
    enum class State { NotLoaded, Loading, Loaded, Failed };

    git::TreeEntry entry;
    QByteArray path;
    Node *parent = nullptr;
    int row = 0;
    State state = State::NotLoaded;
    std::vector<std::unique_ptr<Node>> children;
};

TreeModel::TreeModel(RepositorySession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(session, &RepositorySession::treeLoaded, this, &TreeModel::onTreeLoaded);
    connect(session, &RepositorySession::treeFailed, this, &TreeModel::onTreeFailed);
}

TreeModel::~TreeModel() = default;

void TreeModel::clear()
{
    beginResetModel();
    m_pending.clear();
    m_root.reset();
    endResetModel();
}

void TreeModel::setRoot(const git::ObjectId &root)
{
    beginResetModel();
    m_pending.clear();
    m_root = std::make_unique<Node>();
    m_root->entry.id = root;
    m_root->entry.mode = git::TreeEntry::Directory;
    endResetModel();
    requestChildren(m_root.get());
}

void TreeModel::requestChildren(Node *node)
{
    node->state = Node::State::Loading;
    const bool alreadyAsked = m_pending.contains(node->entry.id);
    m_pending.insert(node->entry.id, node);
    if (!alreadyAsked)
        m_session->loadTree(node->entry.id);
}

void TreeModel::onTreeLoaded(const git::ObjectId &tree, const git::TreeEntries &entries)
{
    const QList<Node *> nodes = m_pending.values(tree);
    m_pending.remove(tree);

    // Folders first; within each group git's stored order (which is byte order).
    git::TreeEntries sorted = entries;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const git::TreeEntry &a, const git::TreeEntry &b) { return a.isTree() && !b.isTree(); });
    for (Node *node : nodes) {
        if (node->state != Node::State::Loading)
            continue;
        const QModelIndex parentIndex = indexFor(node);
        if (!sorted.isEmpty())
            beginInsertRows(parentIndex, 0, int(sorted.size()) - 1);
        node->children.reserve(size_t(sorted.size()));
        for (const git::TreeEntry &entry : std::as_const(sorted)) {
            auto child = std::make_unique<Node>();
            child->entry = entry;
            child->path = node->path.isEmpty() ? entry.name : node->path + '/' + entry.name;
            child->parent = node;
            child->row = int(node->children.size());
            node->children.push_back(std::move(child));
        }
        node->state = Node::State::Loaded;
        if (!sorted.isEmpty())
            endInsertRows();
        else if (parentIndex.isValid())
            Q_EMIT dataChanged(parentIndex, parentIndex);
    }
}

void TreeModel::onTreeFailed(const git::ObjectId &tree, const QString &message)
{
    const QList<Node *> nodes = m_pending.values(tree);
    m_pending.remove(tree);
    for (Node *node : nodes) {
        node->state = Node::State::Failed;
        const QModelIndex index = indexFor(node);
        if (index.isValid())
            Q_EMIT dataChanged(index, index);
    }
    Q_EMIT loadFailed(message);
}

TreeModel::Node *TreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex TreeModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex TreeModel::indexForPath(const QByteArray &path) const
{
    Node *node = m_root.get();
    if (!node)
        return {};
    for (const QByteArray &part : path.split('/')) {
        const auto it
            = std::find_if(node->children.begin(), node->children.end(),
                           [&part](const auto &child) { return child->entry.name == part; });
        if (it == node->children.end())
            return {};
        node = it->get();
    }
    return indexFor(node);
}

QModelIndex TreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    if (!node || column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex TreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int TreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int TreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool TreeModel::hasChildren(const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    if (!node)
        return false;
    if (!node->entry.isTree())
        return false;
    if (node->state == Node::State::Loaded)
        return !node->children.empty();
    return node->state != Node::State::Failed;
}

bool TreeModel::canFetchMore(const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    return node && node->entry.isTree() && node->state == Node::State::NotLoaded;
}

void TreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestChildren(nodeFor(parent));
}

QVariant TreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const git::TreeEntry &entry = node->entry;
    switch (role) {
    case Qt::DisplayRole:
        if (entry.isTree() && m_coverage) {
            const auto folder = m_coverage->folders().constFind(node->path);
            if (folder != m_coverage->folders().cend()) {
                return tr("%1  ·  %2%")
                    .arg(git::displayBytes(entry.name),
                         QString::number(folder->linePercent(), 'f', 0));
            }
        }
        if (entry.isSubmodule()) {
            return tr("%1 (submodule at %2)")
                .arg(git::displayBytes(entry.name), QString::fromLatin1(entry.id.abbreviated(12)));
        }
        if (entry.isSymlink())
            return tr("%1 (symbolic link)").arg(git::displayBytes(entry.name));
        return git::displayBytes(entry.name);
    case Qt::ToolTipRole:
        if (node->state == Node::State::Failed)
            return tr("This folder cannot be read from the repository.");
        if (const QVariant coverage = coverageData(node, role); coverage.isValid())
            return QString(git::displayBytes(node->path) + QLatin1Char('\n') + coverage.toString());
        return git::displayBytes(node->path);
    case Qt::ForegroundRole:
    case CoverageRole:
        return coverageData(node, role);
    case Qt::DecorationRole: {
        const QStyle *style = QApplication::style();
        if (entry.isTree())
            return style->standardIcon(QStyle::SP_DirIcon);
        if (entry.isSymlink())
            return style->standardIcon(QStyle::SP_FileLinkIcon);
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    case PathRole:
        return node->path;
    case ObjectIdRole:
        return entry.id.toHex();
    case ModeRole:
        return entry.mode;
    case IsFolderRole:
        return entry.isTree();
    default:
        return {};
    }
}

void TreeModel::setCoverage(std::shared_ptr<const review::CoverageReport> coverage)
{
    m_coverage = std::move(coverage);
    if (m_root)
        emitChanged(m_root.get());
}

void TreeModel::emitChanged(Node *node)
{
    if (node->children.empty())
        return;
    const QModelIndex parent = node == m_root.get() ? QModelIndex() : indexFor(node);
    Q_EMIT dataChanged(index(0, 0, parent), index(int(node->children.size()) - 1, 0, parent));
    for (const auto &child : node->children)
        emitChanged(child.get());
}

QVariant TreeModel::coverageData(const Node *node, int role) const
{
    if (!m_coverage)
        return {};
    if (node->entry.isTree()) {
        const auto folder = m_coverage->folders().constFind(node->path);
        if (folder == m_coverage->folders().cend())
            return {};
        if (role == CoverageRole)
            return QString::number(folder->linePercent(), 'f', 1);
        if (role == Qt::ToolTipRole) {
            // Numbers as the user's language writes them (59,2 and 12.345 in German).
            const QLocale locale;
            return tr("Reviewed: %1% of lines (%2 of %3), %4 of %Ln file(s)", nullptr,
                      folder->files)
                .arg(locale.toString(folder->linePercent(), 'f', 1),
                     locale.toString(folder->reviewedLines), locale.toString(folder->lines),
                     locale.toString(folder->reviewedFiles));
        }
        return {};
    }
    const review::FileCoverage *file = m_coverage->file(node->path);
    if (!file)
        return {};
    if (role == CoverageRole) {
        return file->isReviewed() ? QStringLiteral("reviewed")
            : file->isPartial()   ? QStringLiteral("partial")
                                  : QStringLiteral("unreviewed");
    }
    if (role == Qt::ToolTipRole)
        return tr("Reviewed: %1 of %Ln line(s)", nullptr, file->lines)
            .arg(QLocale().toString(file->reviewedLines));
    if (role == Qt::ForegroundRole) {
        if (file->isReviewed())
            return QColor(0x2e, 0x7d, 0x32);
        if (file->isPartial())
            return QColor(0xb2, 0x6a, 0x00);
    }
    return {};
}

} // namespace clearroom::ui
