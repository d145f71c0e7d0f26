// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>

namespace clearroom::ui {

/// The files a user chose the last time each did its work, kept in the user's settings
/// (QSettings: `~/.config/Clearroom/Clearroom.conf` on Linux) so that the next export or
/// verification starts from them instead of from empty fields. Paths only: never a
/// passphrase, nothing of a review or a package.
class RememberedPaths
{
public:
    enum class Path {
        ExportIdentity, ///< the auditor's PKCS#12 file that signed the last package
        ExportTrust, ///< the trust configuration the last package was made under
        ExportPolicy, ///< or the egress policy file it was made under
        PackageFolder, ///< the folder the last package was written to (the medium)
        LeadIdentity, ///< the lead's PKCS#12 file that signed the last consolidated package
        VerifyTrust, ///< the trust configuration the last package was opened against
    };

    /// What was remembered, "" for nothing.
    static QString value(Path path);
    /// Remembers `value` ("" forgets).
    static void remember(Path path, const QString &value);
    /// Forgets everything remembered.
    static void forgetAll();
};

} // namespace clearroom::ui
