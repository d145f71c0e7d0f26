// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace clearroom::package {

class MediaCalls;

/// Puts one file on removable media so that a full, read-only or pulled medium never
/// leaves a half-written file under the final name: the content goes to a temporary
/// name in the target folder, is synced, renamed to the final name, the folder synced,
/// the file dropped from the page cache, and then the caller reads it back from the
/// medium itself to verify it. Any failure ends with one translated message saying
/// what failed and why, no file under the final name and no temporary file (the message
/// names any that could not be removed, as when the medium is gone).
///
/// A package is written as
///     MediaWriter().write(path, [&](QIODevice &out) { return zipWriter.write(out); },
///                         [&](const QString &written) { return verifyPackage(written); });
///
/// An existing file of the final name is never overwritten unless the caller asks for
/// it (Existing::Replace, for a user who confirmed); then the old file is replaced in
/// one rename, and is lost only if a later step fails.
class MediaWriter
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::MediaWriter)

public:
    enum class Existing { Refuse, Replace };
    /// Writes the content into a device open for writing and seekable (as ZipWriter
    /// needs). A failing device's error string is the medium's translated message.
    using Producer = std::function<Result<void>(QIODevice &device)>;
    /// Checks the written file, read back from the medium under its final name.
    using Verifier = std::function<Result<void>(const QString &path)>;

    explicit MediaWriter(MediaCalls &calls);
    MediaWriter();

    Result<void> write(const QString &path, const Producer &produce, const Verifier &verify = {},
                       Existing existing = Existing::Refuse) const;

    /// The reason for a system error number as users see it (a full medium, ...).
    static QString reason(int error);

private:
    MediaCalls &m_calls;
};

} // namespace clearroom::package
