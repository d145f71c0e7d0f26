// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QTextBrowser>

namespace clearroom::ui {

/// Shows a package's report.html, which is self-contained, with QTextBrowser (never a
/// web engine): nothing outside the document is ever loaded (no files, no network,
/// no other entry), only images embedded as data: URLs, and links are not followed.
class ReportView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReportView(QWidget *parent = nullptr);
    void setReport(const QByteArray &html);
    /// The resources the report asked for and was refused (tests check them).
    const QList<QUrl> &refused() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QList<QUrl> m_refused;
};

} // namespace clearroom::ui
