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
        // Re-hash every object read: what the auditor reviews must be what the ids say.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
    });
}

QString lastErrorText()
{
    const git_error *error = git_error_last();
    if (error && error->message)
        return QString::fromUtf8(error->message);
    return QCoreApplication::translate("clearroom::git::Repository", "unknown libgit2 error");
}

} // namespace clearroom::git::detail
