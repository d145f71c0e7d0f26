// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "pdfdocument.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace clearroom::package {

/// Lays out the report's HTML (the subset ReportWriter writes: headings, paragraphs,
/// tables, line breaks, styled spans) on A4 pages as a PDF/A-1b (DejaVu fonts embedded as
/// subsets, page numbers), with the same bytes for the same HTML and metadata in every
/// run and in every time zone (PdfDocument). The text is shaped by HarfBuzz and set by
/// Clearroom itself, not by QTextDocument, whose time grows faster than the document:
/// see pdfrenderer.cpp.
/// Needs a QGuiApplication (Qt finds the fonts); works with the offscreen platform.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PdfRenderer)

public:
    static Result<QByteArray> render(const QString &html, const PdfMetadata &metadata);
    /// The XMP packet of a PDF/A-1b made with this metadata.
    static QByteArray xmpMetadata(const PdfMetadata &metadata);
};

} // namespace clearroom::package
