// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "libgit2.h"

#include <QCoreApplication>

#include <mutex>

// libgit2 built with mbedTLS, as Debian builds it, loads the system's certificate bundle
// in git_libgit2_init() so that it can check HTTPS servers: mbedTLS decodes the base64 of
// some 140 certificates, about 8 ms, a third of a `clearroom-cli repo log -n 1` and more
// than half of libgit2's set-up. libgit2 has no setting to skip it (see
// git_mbedtls_stream_global_init). Clearroom never opens a connection, so this definition
// takes the place of mbedTLS's for libgit2: a program's own definition of a symbol comes
// first in the dynamic linker's search, and the linker exports it from the program
// because libgit2, a library the program links, refers to it. It loads nothing and
// reports success, so libgit2 keeps an empty trust store: an HTTPS connection that
// libgit2 were ever asked for would fail its certificate check. With libgit2 built
// against OpenSSL or another TLS library nothing calls it. tst_repository checks that
// the program's definition is the one in use.
extern "C" Q_DECL_EXPORT int mbedtls_x509_crt_parse_file(void *chain, const char *path)
{
    Q_UNUSED(chain)
    Q_UNUSED(path)
    return 0;
}

namespace clearroom::git::detail {

void ensureLibraryInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        // An empty search path means: no global, XDG, system or ProgramData config.
        // The reviewed repository's own config is read (never executed); nothing of
        // the auditor's machine changes what Clearroom shows.
        for (const int level : {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG,
                                GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_PROGRAMDATA}) {
            git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, "");
        }
        // Media from the vendor belongs to another user; libgit2 would refuse it with
        // a misleading "safe.directory" error. Clearroom never writes, so the check
        // protects nothing here.
        git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
        // Re-hash every object read: what the auditor reviews must be what the ids say
        // (turned off only while every open repository was verified once, see
        // HashCheckRegistration).
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
    });
}

namespace {

std::mutex registrationMutex;
int unverifiedHandles = 0; // under registrationMutex
int verifiedHandles = 0; // under registrationMutex
bool strict = true; // what libgit2 was last told, under registrationMutex

void applyUnderLock()
{
    const bool wanted = unverifiedHandles > 0 || verifiedHandles == 0;
    if (wanted != strict) {
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, wanted ? 1 : 0);
        strict = wanted;
    }
}

} // namespace

HashCheckRegistration::HashCheckRegistration()
{
    ensureLibraryInitialised();
    const std::lock_guard lock(registrationMutex);
    ++unverifiedHandles;
    applyUnderLock();
}

HashCheckRegistration::~HashCheckRegistration()
{
    const std::lock_guard lock(registrationMutex);
    --(m_verified ? verifiedHandles : unverifiedHandles);
    applyUnderLock();
}

void HashCheckRegistration::setVerified(bool verified)
{
    const std::lock_guard lock(registrationMutex);
    if (verified == m_verified)
        return;
    --(m_verified ? verifiedHandles : unverifiedHandles);
    m_verified = verified;
    ++(m_verified ? verifiedHandles : unverifiedHandles);
    applyUnderLock();
}

bool HashCheckRegistration::strictNow()
{
    const std::lock_guard lock(registrationMutex);
    return strict;
}

bool HashCheckRegistration::runWithoutHashCheckIfAlone(const std::function<void()> &work)
{
    const std::lock_guard lock(registrationMutex);
    if (unverifiedHandles + verifiedHandles > 1)
        return false;
    if (strict)
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    work();
    if (strict)
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
    return true;
}

QString lastErrorText()
{
    const git_error *error = git_error_last();
    if (error && error->message)
        return QString::fromUtf8(error->message);
    return QCoreApplication::translate("clearroom::git::Repository", "unknown libgit2 error");
}

} // namespace clearroom::git::detail
