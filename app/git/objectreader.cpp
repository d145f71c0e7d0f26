// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "objectreader.h"

#include "repository.h"
#include "repositoryaccess.h"

#include <QFile>

#include <cstring>

namespace clearroom::git::detail {

namespace {

QString typeName(git_object_t type)
{
    return QString::fromLatin1(git_object_type2string(type));
}

} // namespace

RawObject::RawObject(OdbObjectHandle object)
    : m_object(std::move(object))
    , m_data(static_cast<const char *>(git_odb_object_data(m_object.get())))
    , m_size(git_odb_object_size(m_object.get()))
{
}

RawObject::RawObject(QByteArray content)
    : m_content(std::move(content))
    , m_data(m_content.constData())
    , m_size(size_t(m_content.size()))
{
}

ObjectReader::ObjectReader(const Repository &repository, qint64 packCacheBudget)
    : m_odb(RepositoryAccess::odb(repository))
    , m_verified(repository.objectsVerified())
    , m_path(repository.path())
{
    git_repository *handle = RepositoryAccess::handle(repository);
    const QString objects
        = QFile::decodeName(git_repository_commondir(handle)) + QStringLiteral("objects");
    m_packs = std::make_unique<PackReader>(objects, packCacheBudget);
}

void ObjectReader::deferVerification(bool commitsOnly)
{
    if (m_verified)
        return; // nothing to check
    if (!m_verifier)
        m_verifier = std::make_unique<ObjectVerifier>();
    m_verifyCommitsOnly = commitsOnly;
}

Result<void> ObjectReader::finishVerification()
{
    if (!m_verifier)
        return {};
    if (const auto mismatch = m_verifier->finish())
        return damaged(*mismatch);
    return {};
}

Error ObjectReader::damaged(const ObjectId &id) const
{
    return {tr("Object %1 in the repository '%2' is damaged: its content does not match its "
               "id.")
                .arg(QString::fromLatin1(id.toHex()), m_path)};
}

Result<RawObject> ObjectReader::checked(RawObject object, git_object_t type, git_object_t expected,
                                        const ObjectId &id) const
{
    if (type != expected) {
        return Error {
            tr("The object %1 in '%2' is a %3, not a %4.")
                .arg(QString::fromLatin1(id.toHex()), m_path, typeName(type), typeName(expected))};
    }
    return object;
}

Result<RawObject> ObjectReader::read(const ObjectId &id, git_object_t expected) const
{
    if (auto packed = readPacked(id, expected))
        return std::move(*packed);
    return readFromDatabase(id, expected);
}

std::optional<Result<RawObject>> ObjectReader::readPacked(const ObjectId &id, git_object_t expected,
                                                          bool check) const
{
    git_oid oid;
    std::memcpy(oid.id, id.raw(), ObjectId::RawSize);
    check = check && !m_verified;
    PackReader::Object packed;
    switch (m_packs->read(id, &packed)) {
    case PackReader::Outcome::Found: {
        const auto type = git_object_t(packed.type);
        if (check && m_verifier) {
            // Checked on a hashing thread, which shares the content instead of a copy.
            if (deferredCheckWanted(type))
                m_verifier->submit(id, type, packed.content);
            check = false;
        }
        RawObject object(std::move(packed.content));
        if (check) {
            if (auto verified = this->check(id, type, object.data(), object.size()); !verified)
                return Result<RawObject>(verified.error());
        }
        return checked(std::move(object), type, expected, id);
    }
    case PackReader::Outcome::Damaged:
        return Result<RawObject>(
            Error {tr("Object %1 in the repository '%2' cannot be read: its pack is damaged.")
                       .arg(QString::fromLatin1(id.toHex()), m_path)});
    case PackReader::Outcome::NotHere:
        break;
    }
    return std::nullopt;
}

Result<RawObject> ObjectReader::readFromDatabase(const ObjectId &id, git_object_t expected) const
{
    git_oid oid;
    std::memcpy(oid.id, id.raw(), ObjectId::RawSize);
    const auto hex = [&id] { return QString::fromLatin1(id.toHex()); };
    git_odb_object *raw = nullptr;
    const int rc = git_odb_read(&raw, m_odb, &oid);
    if (rc == GIT_ENOTFOUND)
        return Error {tr("Object %1 is missing from the repository '%2'.").arg(hex(), m_path)};
    if (rc < 0) {
        return Error {tr("Object %1 in the repository '%2' cannot be read: %3")
                          .arg(hex(), m_path, lastErrorText())};
    }
    const git_object_t type = git_odb_object_type(raw);
    return checked(RawObject(OdbObjectHandle(raw)), type, expected, id);
}

Result<void> ObjectReader::check(const ObjectId &id, git_object_t type, const char *data,
                                 qsizetype size) const
{
    if (m_verified)
        return {};
    if (m_verifier) {
        if (deferredCheckWanted(type))
            m_verifier->submit(id, type, data, size_t(size));
        return {};
    }
    git_oid oid;
    std::memcpy(oid.id, id.raw(), ObjectId::RawSize);
    git_oid hashed;
    if (git_odb_hash(&hashed, data, size_t(size), type) < 0 || !git_oid_equal(&hashed, &oid))
        return damaged(id);
    return {};
}

Result<std::optional<RawObject>> ObjectReader::readUpTo(const ObjectId &id, git_object_t expected,
                                                        qint64 limit, qint64 *size,
                                                        bool *checked) const
{
    if (checked)
        *checked = true; // libgit2 checks what it reads itself
    // What the packs hold is below 256 MiB; anything else is looked at first.
    if (auto packed = readPacked(id, expected, /*check=*/!checked)) {
        if (checked)
            *checked = m_verified;
        if (!*packed)
            return packed->error();
        *size = (*packed)->size();
        return std::optional<RawObject>(std::move(**packed));
    }
    auto known = this->size(id);
    if (!known)
        return known.error();
    *size = *known;
    if (*known > limit)
        return std::optional<RawObject>();
    auto object = readFromDatabase(id, expected);
    if (!object)
        return object.error();
    return std::optional<RawObject>(std::move(*object));
}

Result<qint64> ObjectReader::size(const ObjectId &id) const
{
    git_oid oid;
    std::memcpy(oid.id, id.raw(), ObjectId::RawSize);
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    int packedType = 0;
    qint64 packedSize = 0;
    if (m_packs->header(id, &packedType, &packedSize) == PackReader::Outcome::Found)
        return packedSize;
    const int rc = git_odb_read_header(&size, &type, m_odb, &oid);
    if (rc == GIT_ENOTFOUND) {
        return Error {tr("Object %1 is missing from the repository '%2'.")
                          .arg(QString::fromLatin1(id.toHex()), m_path)};
    }
    if (rc < 0) {
        return Error {tr("Object %1 in the repository '%2' cannot be read: %3")
                          .arg(QString::fromLatin1(id.toHex()), m_path, lastErrorText())};
    }
    return qint64(size);
}

} // namespace clearroom::git::detail
