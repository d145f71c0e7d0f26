// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reportview.h"

#include <QUrl>

namespace clearroom::ui {

ReportView::ReportView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reportView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void ReportView::setReport(const QByteArray &html)
{
    m_refused.clear();
    setHtml(QString::fromUtf8(html));
}

QVariant ReportView::loadResource(int type, const QUrl &name)
{
    // An image embedded in the report itself: data:image/...;base64,....
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("data")) {
        const QString path = name.path();
        const int comma = int(path.indexOf(QLatin1Char(',')));
        if (path.startsWith(QLatin1String("image/")) && comma > 0
            && path.left(comma).endsWith(QLatin1String(";base64")))
            return QByteArray::fromBase64(path.mid(comma + 1).toLatin1());
    }
    m_refused.append(name);
    return {};
}

} // namespace clearroom::ui
