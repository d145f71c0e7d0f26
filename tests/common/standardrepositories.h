// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "scratchdirectory.h"

#include <QString>

namespace clearroom::test {

/// The standard fixture repository and a bare clone of it (`git clone --bare`, which
/// packs its refs), in a temporary folder of their own, for tests that read both.
class StandardRepositories
{
public:
    bool create(QString *error);

    QString workTree() const { return m_dir.path() + QStringLiteral("/worktree"); }
    QString bare() const { return m_dir.path() + QStringLiteral("/bare.git"); }
    /// The folder that holds both (and anything else a test wants to put beside them).
    QString root() const { return m_dir.path(); }

private:
    ScratchDirectory m_dir;
};

} // namespace clearroom::test
