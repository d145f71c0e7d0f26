// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "mediawriter.h"

#include "mediacalls.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace clearroom::package {

namespace {

// The temporary file as a device for the producer: every write and seek goes through
// MediaCalls, and the first failure keeps its errno.
class MediaFile : public QIODevice
{
public:
    MediaFile(MediaCalls &calls, int fd, const QString &path)
        : m_calls(calls)
        , m_fd(fd)
        , m_path(path)
    {
    }

    int error() const { return m_error; }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 position) override
    {
        if (m_error)
            return false;
        if (m_calls.seek(m_fd, off_t(position)) < 0) {
            fail(errno);
            return false;
        }
        return QIODevice::seek(position);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_error)
            return -1;
        qint64 done = 0;
        while (done < length) {
            const ssize_t written = m_calls.write(m_fd, data + done, size_t(length - done));
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0)
                return fail(written < 0 ? errno : ENOSPC);
            done += written;
        }
        m_size = std::max(m_size, pos() + length);
        // The written part goes to the medium while the rest is made: the flush at the
        // end then waits for the last part only, and a medium that fails says so now
        // rather than after the whole package. (Only EIO and the like count: any other
        // failure of this hint leaves the work to the flush.)
        if (m_size - m_started >= StartWritingEvery) {
            if (m_calls.startWriting(m_fd, off_t(m_started), off_t(m_size - m_started)) != 0
                && (errno == EIO || errno == ENOSPC || errno == ENODEV || errno == ENXIO))
                return fail(errno);
            m_started = m_size;
        }
        return length;
    }

private:
    qint64 fail(int error)
    {
        m_error = error;
        setErrorString(
            MediaWriter::tr("Could not write “%1”: %2.").arg(m_path, MediaWriter::reason(error)));
        return -1;
    }

    MediaCalls &m_calls;
    int m_fd;
    QString m_path;
    int m_error = 0;
    qint64 m_size = 0;
    static constexpr qint64 StartWritingEvery = qint64(8) << 20;
    qint64 m_started = 0; // where the part not yet started towards the medium begins
};

} // namespace

MediaWriter::MediaWriter(MediaCalls &calls)
    : m_calls(calls)
{
}

MediaWriter::MediaWriter()
    : MediaWriter(MediaCalls::system())
{
}

QString MediaWriter::reason(int error)
{
    switch (error) {
    case ENOSPC:
        return tr("the medium is full");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EROFS:
        return tr("the medium is read-only");
    case EIO:
        return tr("an input/output error occurred (was the medium removed?)");
    case ENODEV:
    case ENXIO:
        return tr("the medium is no longer there");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

Result<void> MediaWriter::write(const QString &path, const Producer &produce,
                                const Verifier &verify, Existing existing) const
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const bool replace = existing == Existing::Replace;
    const QString exists = tr("“%1” already exists: choose another name, or remove it first.");
    struct stat present;
    if (!replace && ::lstat(target.constData(), &present) == 0)
        return Error {exists.arg(path)};

    const QString temporary = folder + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".%1.part")
              .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    int fd = m_calls.createFile(temporaryName);
    if (fd < 0)
        return Error {tr("Could not create a temporary file in the folder “%1”: %2.")
                          .arg(folder, reason(errno))
                      + QLatin1Char(' ') + tr("Nothing was saved under the name “%1”.").arg(path)};

    // Until the rename, a failure removes the temporary file; after it, the file under
    // the final name.
    bool renamed = false;
    const auto failed = [&](const QString &what) -> Result<void> {
        if (fd >= 0)
            m_calls.close(fd);
        QString message = what + QLatin1Char(' ');
        if (m_calls.remove(renamed ? target : temporaryName) == 0 || errno == ENOENT)
            message += tr("Nothing was saved under the name “%1”.").arg(path);
        else if (renamed)
            message += tr("The incomplete file “%1” could not be removed (%2): remove it by "
                          "hand and do not use it.")
                           .arg(path, reason(errno));
        else
            message += tr("The temporary file “%1” could not be removed (%2): remove it by hand.")
                           .arg(temporary, reason(errno));
        return Error {message};
    };

    MediaFile device(m_calls, fd, path);
    device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    const Result<void> produced = produce(device);
    if (device.error())
        return failed(device.errorString());
    if (!produced)
        return failed(produced.errorMessage());
    device.close();

    if (m_calls.sync(fd) != 0)
        return failed(tr("Could not flush “%1” to the medium: %2.").arg(path, reason(errno)));
    if (m_calls.rename(temporaryName, target, replace) != 0) {
        return failed(errno == EEXIST ? exists.arg(path)
                                      : tr("Could not give the written file its name “%1”: %2.")
                                            .arg(path, reason(errno)));
    }
    renamed = true;

    const QString folderFailed = tr("Could not flush the folder “%1” to the medium: %2.");
    const int folderFd = m_calls.openFolder(QFile::encodeName(folder));
    if (folderFd < 0)
        return failed(folderFailed.arg(folder, reason(errno)));
    const bool folderSynced = m_calls.sync(folderFd) == 0;
    const int folderError = errno;
    m_calls.close(folderFd);
    if (!folderSynced)
        return failed(folderFailed.arg(folder, reason(folderError)));

    // Without the cached pages, reading the file back reads what the medium holds.
    if (m_calls.dropCache(fd) != 0)
        return failed(tr("Could not drop “%1” from the page cache to read it back from the "
                         "medium: %2.")
                          .arg(path, reason(errno)));
    const int closing = fd;
    fd = -1;
    if (m_calls.close(closing) != 0)
        return failed(tr("Could not close “%1”: %2.").arg(path, reason(errno)));

    if (verify) {
        if (const Result<void> verified = verify(path); !verified)
            return failed(verified.errorMessage());
    }
    return {};
}

} // namespace clearroom::package
