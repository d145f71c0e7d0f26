// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "libgit2.h"

#include <QCoreApplication>

#include <mutex>

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
