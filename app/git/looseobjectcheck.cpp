// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "looseobjectcheck.h"

#include "filedescriptor.h"
#include "repository.h"

#include <git2/sys/odb_backend.h>

#include <QString>
#include <QStringBuilder>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <unistd.h>
#include <zlib.h>

namespace clearroom::git::detail {

namespace {

// Above libgit2's packed (2) and loose (1) backends: asked first, answers "not mine"
// (GIT_PASSTHROUGH) unless the loose object is damaged.
constexpr int checkPriority = 100;

struct CheckingBackend
{
    git_odb_backend parent; // first: libgit2 hands back this address
    QByteArray objectsDirectory;
};

struct Inflater
{
    z_stream stream {};
    bool initialised = false;
    Inflater() { initialised = inflateInit(&stream) == Z_OK; }
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

// Empty when the loose object in `fileName` is absent, sound, or in libgit2's old
// pack-like format (left to libgit2); otherwise what is wrong with it.
QString looseObjectDamage(const QByteArray &fileName)
{
    const FileDescriptor file(::open(fileName.constData(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0)
        return {};
    Inflater inflater;
    if (!inflater.initialised)
        return Repository::tr("zlib cannot be initialised");
    unsigned char input[16384];
    unsigned char output[65536];
    QByteArray header;
    bool headerDone = false;
    qint64 inflated = 0;
    bool first = true;
    z_stream &z = inflater.stream;
    for (;;) {
        if (z.avail_in == 0) {
            ssize_t n = 0;
            do {
                n = ::read(file.get(), input, sizeof input);
            } while (n < 0 && errno == EINTR);
            if (n < 0)
                return Repository::tr("it cannot be read");
            if (n == 0)
                return Repository::tr("it ends before its compressed data does (truncated)");
            if (first && !looksLikeZlib(input, n))
                return {};
            first = false;
            z.next_in = input;
            z.avail_in = uInt(n);
        }
        z.next_out = output;
        z.avail_out = sizeof output;
        const int rc = inflate(&z, Z_NO_FLUSH);
        const auto produced = qint64(sizeof output - z.avail_out);
        if (!headerDone) {
            header.append(reinterpret_cast<const char *>(output), int(qMin<qint64>(produced, 64)));
            const qsizetype nul = header.indexOf('\0');
            if (nul >= 0) {
                header.truncate(nul + 1);
                headerDone = true;
            } else if (header.size() >= 64) {
                return Repository::tr("its header is not a git object header");
            }
        }
        inflated += produced;
        if (rc == Z_STREAM_END)
            break;
        // No progress although there is input and room: the data is damaged (the case
        // on which libgit2 1.5 loops forever).
        if (rc != Z_OK && !(rc == Z_BUF_ERROR && z.avail_in == 0))
            return Repository::tr("its compressed data is damaged");
    }
    qint64 contentSize = 0;
    QByteArray type;
    if (!headerDone || !parseLooseHeader(header.chopped(1), &type, &contentSize))
        return Repository::tr("its header is not a git object header");
    if (inflated != header.size() + contentSize)
        return Repository::tr("its size does not match its header");
    return {};
}

QByteArray looseObjectFile(const CheckingBackend *backend, const char *hex)
{
    return backend->objectsDirectory + '/' + QByteArray(hex, 2) + '/' + QByteArray(hex + 2);
}

// The message goes through libgit2's error slot of this thread, as UTF-8, to where
// Repository reads it (lastErrorText()).
int reportDamage(const char *hex, const QString &damage)
{
    const QByteArray message = Repository::tr("the loose object %1 is damaged: %2")
                                   .arg(QString::fromLatin1(hex), damage)
                                   .toUtf8();
    git_error_set_str(GIT_ERROR_ODB, message.constData());
    return GIT_ERROR;
}

int checkedRead(void **, size_t *, git_object_t *, git_odb_backend *backend, const git_oid *id)
{
    const auto *self = reinterpret_cast<const CheckingBackend *>(backend);
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, id);
    const QString damage = looseObjectDamage(looseObjectFile(self, hex));
    return damage.isEmpty() ? GIT_PASSTHROUGH : reportDamage(hex, damage);
}

int checkedReadHeader(size_t *, git_object_t *, git_odb_backend *backend, const git_oid *id)
{
    return checkedRead(nullptr, nullptr, nullptr, backend, id);
}

// An abbreviated id: every loose object it may name is checked.
int checkedReadPrefix(git_oid *, void **, size_t *, git_object_t *, git_odb_backend *backend,
                      const git_oid *prefix, size_t length)
{
    const auto *self = reinterpret_cast<const CheckingBackend *>(backend);
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, prefix);
    if (length < 2 || length > GIT_OID_HEXSZ)
        return GIT_PASSTHROUGH;
    const QByteArray rest = QByteArray(hex + 2, int(length) - 2);
    const QByteArray directory = self->objectsDirectory + '/' + QByteArray(hex, 2);
    std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(directory.constData()), &::closedir);
    if (!dir)
        return GIT_PASSTHROUGH;
    while (const dirent *entry = ::readdir(dir.get())) {
        const QByteArray name(entry->d_name);
        if (name.size() != GIT_OID_HEXSZ - 2 || !name.startsWith(rest))
            continue;
        const QString damage = looseObjectDamage(directory + '/' + name);
        if (!damage.isEmpty())
            return reportDamage(QByteArray(QByteArray(hex, 2) + name).constData(), damage);
    }
    return GIT_PASSTHROUGH;
}

void freeBackend(git_odb_backend *backend)
{
    delete reinterpret_cast<CheckingBackend *>(backend);
}

} // namespace

bool looksLikeZlib(const unsigned char *data, qint64 size)
{
    return size >= 2 && (data[0] & 0x8F) == 0x08 && ((data[0] << 8) | data[1]) % 31 == 0;
}

bool parseLooseHeader(const QByteArray &header, QByteArray *type, qint64 *contentSize)
{
    const qsizetype space = header.indexOf(' ');
    *type = header.left(space);
    if (*type != "blob" && *type != "tree" && *type != "commit" && *type != "tag")
        return false;
    const QByteArray digits = header.mid(space + 1);
    if (digits.isEmpty() || digits.size() > 18)
        return false;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    *contentSize = digits.toLongLong();
    return true;
}

int addLooseObjectCheck(git_odb *odb, const QByteArray &objectsDirectory)
{
    auto backend = std::make_unique<CheckingBackend>();
    const int rc = git_odb_init_backend(&backend->parent, GIT_ODB_BACKEND_VERSION);
    if (rc < 0)
        return rc;
    backend->objectsDirectory = objectsDirectory;
    backend->parent.read = &checkedRead;
    backend->parent.read_prefix = &checkedReadPrefix;
    backend->parent.read_header = &checkedReadHeader;
    backend->parent.free = &freeBackend;
    const int added = git_odb_add_backend(odb, &backend->parent, checkPriority);
    if (added == 0)
        backend.release(); // the object database owns it now
    return added;
}

} // namespace clearroom::git::detail
