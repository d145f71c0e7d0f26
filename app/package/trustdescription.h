// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "trustconfiguration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace clearroom::package {

/// A trust configuration in words, as the room's security officer checks it (the trust
/// view in the window, `clearroom-cli trust show`): each CA certificate's subject and
/// SHA-256 fingerprint to compare out of band with what the authority published, the
/// officer who signed the folder, the egress policy, and each revocation list with the
/// certificates it revokes.
class TrustDescription
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::TrustDescription)

public:
    /// Everything but the roster, one fact per line.
    static QString details(const TrustConfiguration &trust);
    /// The roster, a member per line (name, role, certificate SHA-256), under a title.
    static QString roster(const TrustConfiguration &trust);
    /// A warning for each revocation list past its next update at `now`.
    static QStringList staleWarnings(const TrustConfiguration &trust, const QDateTime &now);
    /// The roster's title.
    static QString rosterTitle();
    /// What stands for the roster of a configuration that is a CA file alone.
    static QString noRoster();
};

} // namespace clearroom::package
