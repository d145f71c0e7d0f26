// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "filecontent.h"
#include "repository.h"

#include <QObject>

#include <optional>

namespace clearroom::ui {

/// Lives on the session's worker thread and owns that thread's repository handle:
/// every libgit2 call of the GUI happens here, never on the GUI thread.
class RepositoryWorker : public QObject
{
    Q_OBJECT

public:
    /// Files larger than this are not loaded into the code view.
    static constexpr qint64 MaximumViewedFileSize = 256 * 1024 * 1024;

    using QObject::QObject;

    Result<void> open(const QString &path);
    const git::Repository *repository() const;
    Result<FileContent> readFile(const QByteArray &path, const git::ObjectId &id, quint32 mode);

private:
    std::optional<git::Repository> m_repository;
};

} // namespace clearroom::ui
