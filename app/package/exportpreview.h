// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packagebuilder.h"

#include <QCoreApplication>
#include <QString>

namespace clearroom::package {

/// What will leave the room, as the auditor confirms it before anything is written:
/// every entry with its size, every excerpt of code, and every piece of free text that
/// looks like pasted code. The CLI prints it; the export dialog shows the same.
class ExportPreview
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ExportPreview)

public:
    static QString text(const PackageBuilder &builder);
    /// "src/a.c:10-12" (byte paths shown with visible escapes).
    static QString locationText(const QByteArray &path, int first, int last);
    /// An excerpt's lines as the preview shows them, each after `indent`: "> " before the
    /// finding's own lines, the line number, " | ", the code with invisible characters
    /// made visible; each line ends in a newline.
    static QString excerptText(const Excerpt &excerpt, const QString &indent);
};

} // namespace clearroom::package
