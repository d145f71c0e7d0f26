// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <utility>

namespace clearroom::git {

class Repository;

/// The repository's `.mailmap` (gitmailmap(5)): canonical names and e-mail addresses for
/// the people in its history, as `git log` shows them, with git's reading of lines the
/// documentation does not describe ("Proper <proper> Commit Name" maps the address).
/// Read from blobs only: HEAD's `.mailmap` (for a work tree's file too, which Clearroom
/// never reads) or the one mailmap.blob names; never from a file the config names.
class Mailmap
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::Mailmap)

public:
    /// An empty mailmap when HEAD has no `.mailmap`. Nothing in a mailmap is an error,
    /// as for git: lines it cannot read are left out.
    static Result<Mailmap> load(const Repository &repository);

    Mailmap(Mailmap &&other) noexcept;
    Mailmap &operator=(Mailmap &&other) noexcept;
    ~Mailmap();

    /// The name and e-mail address to show for a person.
    std::pair<QByteArray, QByteArray> resolve(const QByteArray &name,
                                              const QByteArray &email) const;

private:
    Mailmap();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clearroom::git
