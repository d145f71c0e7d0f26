// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packagecontent.h"
#include "pdfrenderer.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace clearroom::package {

/// Writes the human report of a package, `report.html` and `report.pdf`, in the language
/// of the user interface. The HTML is one self-contained file: inline CSS, no script, no
/// external resource (a Content-Security-Policy says so to browsers too). Every string
/// from the repository or the workspace is escaped, with hidden characters made visible;
/// Markdown (descriptions, recommendations, comments) is shown as the text the auditor
/// typed, never rendered, so no link or markup of the workspace reaches the reader.
/// The PDF is the same HTML laid out on A4 (PDF/A-1b), with the same
/// bytes for the same content: see PdfRenderer and ReportJob.
/// What a report adds to the review report's sections (a consolidated package's
/// report: the summary of what each auditor found and the lead decided, and each
/// finding's decision). Fragments are HTML, every string in them already escaped.
struct ReportAdditions
{
    QString heading; ///< replaces "Review report" when set
    QString firstHtml; ///< right after the title: the report's first page
    QHash<QString, QString> findingHtml; ///< by finding id, at the end of its section
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ReportWriter)

public:
    /// report.html, UTF-8. Excerpts are highlighted when content.highlighting is set and
    /// this build has KSyntaxHighlighting.
    static QByteArray html(const PackageContent &content, const ReportAdditions &additions = {});
    /// Receives report.html piece by piece, in order.
    using HtmlSink = std::function<Result<void>(const QByteArray &piece)>;
    /// report.html as html() makes it, handed to `write` in pieces of a few findings each
    /// (so that the whole report is never in memory); stops at the first piece it refuses.
    static Result<void> writeHtml(const PackageContent &content, const ReportAdditions &additions,
                                  const HtmlSink &write);
    /// report.pdf. Needs a QGuiApplication (the CLI runs with the offscreen platform).
    static Result<QByteArray> pdf(const PackageContent &content,
                                  const ReportAdditions &additions = {});

    /// The report's title: "Review report: NAME".
    static QString title(const PackageContent &content);
};

/// report.html and report.pdf made together: the HTML is made once, in pieces, and each
/// piece goes both to the caller (the HTML entry) and to the PDF, which is set and drawn
/// on threads of its own meanwhile (PdfRenderer); the caller may make other entries while
/// the PDF is finished.
class ReportJob
{
public:
    ReportJob(const PackageContent &content, const ReportAdditions &additions = {});
    ~ReportJob();
    ReportJob(const ReportJob &) = delete;
    ReportJob &operator=(const ReportJob &) = delete;

    /// report.html as ReportWriter::writeHtml makes it, handed to `write` in pieces (and
    /// to the PDF); called once.
    Result<void> writeHtml(const ReportWriter::HtmlSink &write);
    /// report.pdf, after writeHtml (waits for it to be finished), handed to `write` in
    /// pieces; called once (or takePdf()).
    Result<void> writePdf(const PdfDocument::Sink &write);
    /// report.pdf whole.
    Result<QByteArray> takePdf();

private:
    PackageContent m_content;
    ReportAdditions m_additions;
    std::unique_ptr<PdfRenderer> m_pdf;
};

} // namespace clearroom::package
