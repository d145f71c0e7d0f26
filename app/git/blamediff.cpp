// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blamediff.h"

#include "libgit2.h"

#include <git2/sys/odb_backend.h>

#include <algorithm>
#include <cstring>

namespace clearroom::git::detail {

namespace {

// git cuts the common end of both texts off before it diffs them without context: whole
// blocks of 1 KiB from the end, then back to the end of the line the cut fell into.
void trimCommonTail(const char *a, qsizetype *aSize, const char *b, qsizetype *bSize)
{
    constexpr qsizetype Block = 1024;
    const qsizetype smaller = std::min(*aSize, *bSize);
    qsizetype trimmed = 0;
    while (Block + trimmed <= smaller
           && std::memcmp(a + *aSize - trimmed - Block, b + *bSize - trimmed - Block, Block) == 0)
        trimmed += Block;
    const char *kept = a + *aSize - trimmed;
    qsizetype recovered = 0;
    while (recovered < trimmed) {
        if (kept[recovered++] == '\n')
            break;
    }
    *aSize -= trimmed - recovered;
    *bSize -= trimmed - recovered;
}

int collectHunk(const git_diff_delta *, const git_diff_hunk *hunk, void *payload)
{
    // The header's start is 1-based, or the line before when the side is empty.
    auto *hunks = static_cast<QVector<LineHunk> *>(payload);
    hunks->append({hunk->old_lines ? hunk->old_start - 1 : hunk->old_start, hunk->old_lines,
                   hunk->new_lines ? hunk->new_start - 1 : hunk->new_start, hunk->new_lines});
    return 0;
}

git_diff_options diffOptions(bool ignoreWhitespace)
{
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_FORCE_TEXT | GIT_DIFF_INDENT_HEURISTIC;
    if (ignoreWhitespace)
        options.flags |= GIT_DIFF_IGNORE_WHITESPACE;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    options.max_size = -1;
    return options;
}

} // namespace

// git_diff_buffers() hashes both texts to blob ids (SHA-1 with collision detection) that
// blame never reads: on a long history of one big file that is half of blame's time.
// libgit2 has no public way to diff two texts without hashing them, but git_diff_blobs()
// takes the ids of blobs as they are. So the two texts are lent to libgit2 as blobs of an
// object database of our own (a custom backend, libgit2's documented extension point),
// under ids only that database knows and never hands out twice. libgit2 hashes what a
// backend returns while it checks every object read (strict hash verification, on
// unless every open repository was verified once); then the check is lifted for the
// look-ups when the blamed repository is the only one open, and otherwise the texts are
// diffed with git_diff_buffers() as before, and so they are when the check came on in
// between.
struct BlameDiff::Lender
{
    // libgit2 passes `base` back to the callbacks: it must come first.
    struct Backend
    {
        git_odb_backend base;
        const char *data[2] = {};
        size_t size[2] = {};
        git_oid id[2] = {};
    };

    static int read(void **out, size_t *size, git_object_t *type, git_odb_backend *base,
                    const git_oid *id)
    {
        auto *backend = reinterpret_cast<Backend *>(base);
        for (int side = 0; side < 2; ++side) {
            if (git_oid_equal(id, &backend->id[side]) == 0)
                continue;
            const size_t length = backend->size[side];
            void *copy = git_odb_backend_data_alloc(base, std::max<size_t>(length, 1));
            if (!copy)
                return -1;
            if (length)
                std::memcpy(copy, backend->data[side], length);
            *out = copy;
            *size = length;
            *type = GIT_OBJECT_BLOB;
            return 0;
        }
        return GIT_ENOTFOUND;
    }

    static void release(git_odb_backend *base) { delete reinterpret_cast<Backend *>(base); }

    // The repository, or null when libgit2 could not make one (then the texts are hashed).
    static RepositoryHandle create(Backend **backend)
    {
        auto owned = std::make_unique<Backend>();
        if (git_odb_init_backend(&owned->base, GIT_ODB_BACKEND_VERSION) < 0)
            return {};
        owned->base.read = &Lender::read;
        owned->base.free = &Lender::release;
        git_odb *odb = nullptr;
        if (git_odb_new(&odb) < 0)
            return {};
        if (git_odb_add_backend(odb, &owned->base, 1) < 0) {
            git_odb_free(odb);
            return {};
        }
        *backend = owned.release(); // the database frees it
        git_repository *repository = nullptr;
        const int rc = git_repository_wrap_odb(&repository, odb);
        git_odb_free(odb); // the repository holds its own reference
        if (rc < 0)
            return {};
        return RepositoryHandle(repository);
    }

    // The two texts as blobs, or false when libgit2 would not take them as they are.
    bool lend(const char *oldData, size_t oldSize, const char *newData, size_t newSize,
              BlobHandle *oldBlob, BlobHandle *newBlob)
    {
        if (!repository) {
            if (failed)
                return false;
            repository = create(&backend);
            failed = !repository;
            if (failed)
                return false;
        }
        const char *data[2] = {oldData, newData};
        const size_t size[2] = {oldSize, newSize};
        for (int side = 0; side < 2; ++side) {
            // An id no real object has: the counter in a name that starts with 0xff bytes.
            ++serial;
            std::memset(backend->id[side].id, 0xff, GIT_OID_RAWSZ);
            std::memcpy(backend->id[side].id + GIT_OID_RAWSZ - sizeof serial, &serial,
                        sizeof serial);
            backend->data[side] = data[side];
            backend->size[side] = size[side];
        }
        git_blob *blobs[2] = {};
        for (int side = 0; side < 2; ++side) {
            if (git_blob_lookup(&blobs[side], repository.get(), &backend->id[side]) < 0) {
                git_error_clear();
                break;
            }
        }
        oldBlob->reset(blobs[0]);
        newBlob->reset(blobs[1]);
        backend->data[0] = backend->data[1] = nullptr;
        return blobs[0] && blobs[1];
    }

    RepositoryHandle repository;
    Backend *backend = nullptr; // owned by the repository's object database
    quint64 serial = 0;
    bool failed = false;
};

BlameDiff::BlameDiff() = default;
BlameDiff::~BlameDiff() = default;

Result<QVector<LineHunk>> BlameDiff::hunks(const char *oldData, qsizetype oldSize,
                                           const char *newData, qsizetype newSize,
                                           bool ignoreWhitespace)
{
    ensureLibraryInitialised();
    trimCommonTail(oldData, &oldSize, newData, &newSize);
    const git_diff_options options = diffOptions(ignoreWhitespace);
    QVector<LineHunk> found;
    int rc = 0;
    BlobHandle oldBlob;
    BlobHandle newBlob;
    const auto diffLent = [&] {
        if (!m_lender)
            m_lender = std::make_unique<Lender>();
        return m_lender->lend(oldData, size_t(oldSize), newData, size_t(newSize), &oldBlob,
                              &newBlob);
    };
    if (!HashCheckRegistration::strictNow()) {
        diffLent();
    } else {
        // Every read is hashed, the texts were too (ObjectReader checks what blame reads):
        // with no other repository open, the check is lifted for the two look-ups.
        HashCheckRegistration::runWithoutHashCheckIfAlone([&] { diffLent(); });
    }
    if (oldBlob && newBlob) {
        ++m_lent;
        rc = git_diff_blobs(oldBlob.get(), nullptr, newBlob.get(), nullptr, &options, nullptr,
                            nullptr, &collectHunk, nullptr, &found);
    }
    if (!oldBlob || !newBlob) {
        rc = git_diff_buffers(oldData, size_t(oldSize), nullptr, newData, size_t(newSize), nullptr,
                              &options, nullptr, nullptr, &collectHunk, nullptr, &found);
    }
    if (rc < 0)
        return Error {tr("Two versions of a file could not be compared: %1").arg(lastErrorText())};
    return found;
}

} // namespace clearroom::git::detail
