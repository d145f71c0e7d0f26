// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "coveragereport.h"
#include "treeentry.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace clearroom::ui {

class RepositorySession;

/// The tree of one commit, loaded folder by folder as the user opens them (through the
/// session, off the GUI thread). Folders come first, each group in git's order.
class TreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1, ///< QByteArray: the full path, bytes as in the tree
        ObjectIdRole, ///< QByteArray: 40 hex digits
        ModeRole, ///< quint32: git's file mode
        IsFolderRole, ///< bool
        /// QString: "reviewed", "partial" or "unreviewed" for a file that counts for
        /// coverage, the percent of lines reviewed for a folder; empty otherwise
        CoverageRole,
    };

    explicit TreeModel(RepositorySession *session, QObject *parent = nullptr);
    ~TreeModel() override;

    /// Shows the tree `root` (a commit's root tree); its first level loads at once.
    void setRoot(const git::ObjectId &root);
    void clear();
    /// The index of a loaded entry by path, or an invalid index.
    QModelIndex indexForPath(const QByteArray &path) const;
    /// Shows review coverage on files (reviewed, partly, not) and folders (percent of
    /// lines); null: none.
    void setCoverage(std::shared_ptr<const review::CoverageReport> coverage);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// A folder could not be read (a missing or corrupt object).
    void loadFailed(const QString &message);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node) const;
    void requestChildren(Node *node);
    void onTreeLoaded(const git::ObjectId &tree, const git::TreeEntries &entries);
    void onTreeFailed(const git::ObjectId &tree, const QString &message);
    void emitChanged(Node *node);
    QVariant coverageData(const Node *node, int role) const;

    RepositorySession *m_session;
    std::unique_ptr<Node> m_root;
    /// Folders waiting for their tree; several folders may share one tree id.
    QMultiHash<git::ObjectId, Node *> m_pending;
    std::shared_ptr<const review::CoverageReport> m_coverage;
};

} // namespace clearroom::ui
