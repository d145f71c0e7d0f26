// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace clearroom::package {

/// What a PDF says about itself.
struct PdfMetadata
{
    QString title;
    QString creator; ///< the program that made the content
    QDateTime created; ///< the creation time written into the PDF, instead of the clock's
};

/// Lays out the report's HTML (the subset ReportWriter writes: headings, paragraphs,
/// tables, line breaks, styled spans) on A4 pages as a PDF/A-1b (fonts embedded, page
/// numbers), with the same bytes for the same HTML and metadata in every run, in every
/// time zone: Qt writes the clock's time (in the local zone) into the document
/// information and the XMP metadata, a random document id into the trailer, and the
/// fonts in the order of a QHash; here the XMP comes from the metadata, the fonts' order
/// is fixed (compat::DeterministicHashSeed) and the rest is rewritten by ReproduciblePdf.
/// The layout is its own (QTextLayout per paragraph and cell), not QTextDocument's, whose
/// time grows faster than the document: see pdfrenderer.cpp.
/// Needs a QGuiApplication (fonts); works with the offscreen platform.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PdfRenderer)

public:
    static Result<QByteArray> render(const QString &html, const PdfMetadata &metadata);
    /// The XMP packet of a PDF/A-1b made with this metadata, as Qt would write it but with
    /// the metadata's creation time.
    static QByteArray xmpMetadata(const PdfMetadata &metadata);
};

} // namespace clearroom::package
