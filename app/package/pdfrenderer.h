// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "excerpthtml.h"
#include "pdfdocument.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

namespace clearroom::package {

/// Lays out the report's HTML (the subset ReportWriter writes: headings, paragraphs,
/// tables, line breaks, styled spans) on A4 pages as a PDF/A-1b (DejaVu fonts embedded as
/// subsets, page numbers), with the same bytes for the same HTML and metadata in every
/// run and in every time zone (PdfDocument). The text is shaped by HarfBuzz and set by
/// Clearroom itself, not by QTextDocument, whose time grows faster than the document:
/// see pdfrenderer.cpp.
///
/// The HTML comes in pieces, as ReportWriter::writeHtml makes them, and is read, set and
/// drawn on threads of the renderer's own while the next pieces are made: two set the
/// text of a piece each, one puts it on pages and deflates each page once it is full.
/// ReportJob hands over the lines of each piece's excerpts with it, and their tables are
/// set from those rather than read back from their HTML (code is most of a report).
/// Only a few pieces wait at any time (add() waits for room), so the memory a report
/// takes is bounded by a few pieces and the finished pages, not by the document.
/// Needs a QGuiApplication (Qt finds the fonts); works with the offscreen platform.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PdfRenderer)

public:
    explicit PdfRenderer(const PdfMetadata &metadata);
    /// Stops the threads (a PDF not finished is let go of).
    ~PdfRenderer();
    PdfRenderer(const PdfRenderer &) = delete;
    PdfRenderer &operator=(const PdfRenderer &) = delete;

    /// The next piece of the HTML, UTF-8: whole elements at the top level of the body
    /// (the first piece opens the document, as writeHtml's do).
    void add(const QByteArray &html);
    /// The same, with the lines of the excerpts whose tables are in it: each table is set
    /// from its lines (the same text and looks) instead of being read from its HTML.
    void add(const QString &html, const QVector<ExcerptLines> &excerpts);
    /// The PDF, once every piece is in, handed to `write` piece by piece (the finished
    /// pages are let go of as they are written); called once.
    Result<void> finish(const PdfDocument::Sink &write);
    /// The PDF whole.
    Result<QByteArray> finish();

    /// The whole HTML at once.
    static Result<QByteArray> render(const QString &html, const PdfMetadata &metadata);
    /// The XMP packet of a PDF/A-1b made with this metadata.
    static QByteArray xmpMetadata(const PdfMetadata &metadata);

private:
    struct Pipeline;
    std::unique_ptr<Pipeline> d;
};

} // namespace clearroom::package
