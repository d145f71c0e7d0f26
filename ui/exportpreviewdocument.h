// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QCoreApplication>

class QTextDocument;

namespace clearroom::package {
class PackageBuilder;
}

namespace clearroom::ui {

/// The code and the free text that leave the room with a package, as the export dialog
/// shows them: every excerpt in a fixed-width font (the finding's own lines marked),
/// and every run of free text that looks like pasted code on a warning background.
/// Text from the workspace is inserted as text, never interpreted as HTML.
class ExportPreviewDocument
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::ui::ExportPreviewDocument)

public:
    static void fill(QTextDocument &document, const package::PackageBuilder &builder);
    /// The background of flagged text (tests look for it).
    static QColor warningBackground();
};

} // namespace clearroom::ui
