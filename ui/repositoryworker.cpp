// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "repositoryworker.h"

#include "pathquote.h"
#include "treeentry.h"

#include <QLocale>

namespace clearroom::ui {

Result<void> RepositoryWorker::open(const QString &path)
{
    m_repository.reset();
    auto opened = git::Repository::open(path);
    if (!opened)
        return opened.error();
    m_repository.emplace(std::move(opened).value());
    return {};
}

const git::Repository *RepositoryWorker::repository() const
{
    return m_repository ? &*m_repository : nullptr;
}

Result<FileContent> RepositoryWorker::readFile(const QByteArray &path, const git::ObjectId &id,
                                               quint32 mode)
{
    FileContent file;
    file.path = path;
    file.id = id;
    if (mode == git::TreeEntry::Submodule) {
        file.kind = FileContent::Kind::Submodule;
        return file;
    }
    auto size = m_repository->objectSize(id);
    if (!size)
        return size.error();
    file.size = *size;
    if (file.size > MaximumViewedFileSize) {
        file.kind = FileContent::Kind::TooLarge;
        return file;
    }
    auto content = m_repository->blobContent(id);
    if (!content)
        return content.error();
    if (mode == git::TreeEntry::Symlink) {
        file.kind = FileContent::Kind::Symlink;
        file.text = git::displayBytes(*content);
        return file;
    }
    if (git::looksBinary(*content)) {
        file.kind = FileContent::Kind::Binary;
        return file;
    }
    file.head = content->left(4096);
    file.text = QString::fromUtf8(*content);
    return file;
}

} // namespace clearroom::ui
