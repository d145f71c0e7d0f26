// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pdfrenderer.h"

#include "compat.h"
#include "reproduciblepdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMarginsF>
#include <QMutex>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace clearroom::package {

namespace {

// While it lives, QTextDocument lays out lengths in pixels (margins, padding, borders,
// indents) as pixels of a 96 dpi screen: it scales them by the primary screen's
// resolution otherwise, and the PDF's bytes would depend on the display the export ran
// on (or, without one, on the platform plugin).
class ReferenceResolution
{
public:
    ReferenceResolution()
    {
        const QMutexLocker lock(&s_mutex);
        if (s_users++ == 0) {
            s_previous = QCoreApplication::testAttribute(Qt::AA_Use96Dpi);
            QCoreApplication::setAttribute(Qt::AA_Use96Dpi, true);
        }
    }
    ~ReferenceResolution()
    {
        const QMutexLocker lock(&s_mutex);
        if (--s_users == 0)
            QCoreApplication::setAttribute(Qt::AA_Use96Dpi, s_previous);
    }
    ReferenceResolution(const ReferenceResolution &) = delete;
    ReferenceResolution &operator=(const ReferenceResolution &) = delete;

private:
    static inline QMutex s_mutex;
    static inline int s_users = 0;
    static inline bool s_previous = false;
};

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray PdfRenderer::xmpMetadata(const PdfMetadata &metadata)
{
    const QByteArray date = metadata.created.toUTC().toString(Qt::ISODate).toLatin1();
    // The XMP packet of PDF/A-1b (ISO 19005-1): the title, creator and producer the
    // document information names, the creation time, and the PDF/A identification.
    return QByteArrayLiteral(
               "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "rdf:about=\"\">\n"
               "      <dc:title>\n"
               "        <rdf:Alt>\n"
               "          <rdf:li xml:lang=\"x-default\">")
        + xmlEscaped(metadata.title)
        + QByteArrayLiteral("</rdf:li>\n"
                            "        </rdf:Alt>\n"
                            "      </dc:title>\n"
                            "    </rdf:Description>\n"
                            "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
                            "rdf:about=\"\" xmp:CreatorTool=\"")
        + xmlEscaped(metadata.creator) + QByteArrayLiteral("\" xmp:CreateDate=\"") + date
        + QByteArrayLiteral("\" xmp:ModifyDate=\"") + date
        + QByteArrayLiteral("\"/>\n"
                            "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
                            "rdf:about=\"\" pdf:Producer=\"Qt ")
        + QByteArray(qVersion())
        + QByteArrayLiteral("\"/>\n"
                            "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
                            "rdf:about=\"\" pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
                            "  </rdf:RDF>\n"
                            "</x:xmpmeta>\n"
                            "<?xpacket end='w'?>\n");
}

Result<QByteArray> PdfRenderer::render(const QString &html, const PdfMetadata &metadata)
{
    return render(QStringList {html}, metadata);
}

Result<QByteArray> PdfRenderer::render(const QStringList &parts, const PdfMetadata &metadata)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error {tr("Writing a PDF needs Qt's graphical application object for its fonts; "
                         "without a display, run with the offscreen platform "
                         "(QT_QPA_PLATFORM=offscreen).")};
    }
    // The same content gives the same PDF only in the same fonts: never in a substitute.
    for (const QString &family :
         {QStringLiteral("DejaVu Sans"), QStringLiteral("DejaVu Sans Mono")}) {
        if (QFontInfo(QFont(family)).family() != family) {
            return Error {tr("The PDF report is set in the font “%1”, which is not installed "
                             "(Debian: fonts-dejavu-core).")
                              .arg(family)};
        }
    }
    if (!metadata.created.isValid())
        return Error {tr("The PDF has no creation time to record.")};

    QByteArray pdf;
    {
        // Qt writes the fonts in the order of a QHash: fixed while the PDF is made.
        const compat::DeterministicHashSeed fixedOrder;
        const ReferenceResolution resolution;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);
        writer.setDocumentXmpMetadata(xmpMetadata(metadata));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);

        // The document is laid out for the PDF's own resolution and paginated here:
        // QTextDocument::print() would size its margins by the screen's resolution, and
        // the bytes would depend on the display the export ran on.
        QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
        const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2;
        const QSizeF page(writer.width(), writer.height() - footerHeight);
        // Every part is laid out first: the footers say how many pages there are in all.
        std::vector<std::unique_ptr<QTextDocument>> documents;
        int pages = 0;
        for (const QString &html : parts) {
            auto document = std::make_unique<QTextDocument>();
            document->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
            document->setHtml(html);
            document->documentLayout()->setPaintDevice(&writer);
            document->setPageSize(page);
            pages += document->pageCount();
            documents.push_back(std::move(document));
        }

        QPainter painter;
        if (!painter.begin(&writer))
            return Error {tr("Qt could not begin the PDF.")};
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        int pageNumber = 0;
        for (const auto &document : documents) {
            for (int index = 0; index < document->pageCount(); ++index) {
                if (pageNumber++ > 0)
                    writer.newPage();
                painter.save();
                painter.translate(0, -index * page.height());
                context.clip = QRectF(QPointF(0, index * page.height()), page);
                document->documentLayout()->draw(&painter, context);
                painter.restore();
                painter.setFont(footerFont);
                painter.setPen(Qt::darkGray);
                const QRectF footer(0, page.height(), page.width(), footerHeight);
                painter.drawText(
                    footer, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                    QFontMetricsF(footerFont, &writer)
                        .elidedText(metadata.title, Qt::ElideRight, page.width() * 0.75));
                painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine,
                                 tr("Page %1 of %2").arg(pageNumber).arg(pages));
            }
        }
        painter.end();
    }
    if (!pdf.startsWith("%PDF-"))
        return Error {tr("Qt did not write a PDF.")};
    return ReproduciblePdf::fix(pdf, metadata.created);
}

} // namespace clearroom::package
