// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QPlainTextEdit>

namespace clearroom::ui {

/// Read-only source text: monospace, no wrapping, line numbers in a gutter.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);

    /// Colours of the highlighting theme; invalid colours mean "use the palette".
    void setColors(const QColor &background, const QColor &foreground, const QColor &lineNumbers);

    int gutterWidth() const;
    /// Scrolls to a line (1-based) and puts the cursor there.
    void goToLine(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutterGeometry();

    QWidget *m_gutter;
    QColor m_lineNumberColor;
};

} // namespace clearroom::ui
