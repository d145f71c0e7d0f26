// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "readonlywatch.h"

#include <QCryptographicHash>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clearroom::test {

namespace {

constexpr uint32_t writeEvents = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM
    | IN_MOVED_TO | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB;

// Names with raw system calls: a file name need not be valid UTF-8.
QByteArrayList directoryEntries(const QByteArray &directory)
{
    QByteArrayList names;
    DIR *dir = ::opendir(directory.constData());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    return names;
}

QString eventNames(uint32_t mask)
{
    static const struct
    {
        uint32_t bit;
        const char *name;
    } names[] = {{IN_CREATE, "IN_CREATE"},           {IN_MODIFY, "IN_MODIFY"},
                 {IN_CLOSE_WRITE, "IN_CLOSE_WRITE"}, {IN_MOVED_FROM, "IN_MOVED_FROM"},
                 {IN_MOVED_TO, "IN_MOVED_TO"},       {IN_DELETE, "IN_DELETE"},
                 {IN_DELETE_SELF, "IN_DELETE_SELF"}, {IN_ATTRIB, "IN_ATTRIB"},
                 {IN_Q_OVERFLOW, "IN_Q_OVERFLOW"},   {IN_IGNORED, "IN_IGNORED"},
                 {IN_UNMOUNT, "IN_UNMOUNT"},         {IN_ISDIR, "IN_ISDIR"}};
    QStringList found;
    for (const auto &entry : names) {
        if (mask & entry.bit)
            found.append(QLatin1String(entry.name));
    }
    return found.join(QLatin1Char('|'));
}

QString shownPath(const QByteArray &path)
{
    return QString::fromLatin1(path.toPercentEncoding("/!$&'()*+,;=:@ -._~"));
}

QByteArray sha256OfFile(const QByteArray &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return QByteArray("unreadable: ") + std::strerror(errno);
    char buffer[65536];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        hash.addData(buffer, int(n));
    ::close(fd);
    if (n < 0)
        return QByteArray("read error: ") + std::strerror(errno);
    return hash.result().toHex();
}

void snapshotInto(const QByteArray &root, const QByteArray &relative,
                  QMap<QString, QByteArray> &snapshot)
{
    const QByteArray path = relative.isEmpty() ? root : root + '/' + relative;
    struct stat info;
    if (::lstat(path.constData(), &info) != 0) {
        snapshot.insert(shownPath(relative), QByteArray("lstat failed: ") + std::strerror(errno));
        return;
    }
    QByteArray description = "mode=" + QByteArray::number(info.st_mode, 8)
        + " size=" + QByteArray::number(qint64(info.st_size))
        + " mtime=" + QByteArray::number(qint64(info.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(info.st_mtim.tv_nsec))
        + " ctime=" + QByteArray::number(qint64(info.st_ctim.tv_sec)) + '.'
        + QByteArray::number(qint64(info.st_ctim.tv_nsec));
    if (S_ISREG(info.st_mode)) {
        description += " sha256=" + sha256OfFile(path);
    } else if (S_ISLNK(info.st_mode)) {
        QByteArray target(4096, '\0');
        const ssize_t length = ::readlink(path.constData(), target.data(), size_t(target.size()));
        target.resize(length < 0 ? 0 : int(length));
        description += " link-sha256="
            + QCryptographicHash::hash(target, QCryptographicHash::Sha256).toHex();
    }
    snapshot.insert(shownPath(relative), description);
    if (S_ISDIR(info.st_mode)) {
        for (const QByteArray &name : directoryEntries(path))
            snapshotInto(root, relative.isEmpty() ? name : relative + '/' + name, snapshot);
    }
}

} // namespace

ReadOnlyWatch::~ReadOnlyWatch()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool ReadOnlyWatch::start(const QString &directory, QString *error)
{
    if (m_fd < 0) {
        m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd < 0) {
            if (error)
                *error = QStringLiteral("inotify_init1: ")
                    + QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
    }
    return addTree(QFile::encodeName(directory), error);
}

bool ReadOnlyWatch::addTree(const QByteArray &directory, QString *error)
{
    const int wd = ::inotify_add_watch(m_fd, directory.constData(),
                                       writeEvents | IN_ONLYDIR | IN_DONT_FOLLOW);
    if (wd < 0) {
        if (error) {
            *error = QStringLiteral("inotify_add_watch(%1): %2")
                         .arg(shownPath(directory), QString::fromLocal8Bit(std::strerror(errno)));
        }
        return false;
    }
    m_paths.insert(wd, directory);
    for (const QByteArray &name : directoryEntries(directory)) {
        const QByteArray path = directory + '/' + name;
        struct stat info;
        if (::lstat(path.constData(), &info) == 0 && S_ISDIR(info.st_mode)) {
            if (!addTree(path, error))
                return false;
        }
    }
    return true;
}

QStringList ReadOnlyWatch::events()
{
    QStringList lines;
    if (m_fd < 0)
        return lines;
    alignas(inotify_event) char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        for (ssize_t offset = 0; offset < n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
            QByteArray path = m_paths.value(event->wd, "?");
            if (event->len > 0)
                path += '/' + QByteArray(event->name);
            lines.append(shownPath(path) + QStringLiteral(": ") + eventNames(event->mask));
            offset += ssize_t(sizeof(inotify_event)) + event->len;
        }
    }
    return lines;
}

QMap<QString, QByteArray> snapshotTree(const QString &directory)
{
    QMap<QString, QByteArray> snapshot;
    snapshotInto(QFile::encodeName(directory), QByteArray(), snapshot);
    return snapshot;
}

QStringList snapshotDifferences(const QMap<QString, QByteArray> &before,
                                const QMap<QString, QByteArray> &after)
{
    QStringList differences;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key())) {
            differences.append(QStringLiteral("removed: ") + it.key());
        } else if (after.value(it.key()) != it.value()) {
            differences.append(QStringLiteral("changed: %1 (%2 -> %3)")
                                   .arg(it.key(), QString::fromLatin1(it.value()),
                                        QString::fromLatin1(after.value(it.key()))));
        }
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            differences.append(QStringLiteral("added: ") + it.key());
    }
    return differences;
}

} // namespace clearroom::test
