// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "filecontent.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace clearroom::ui {

class CodeHighlighting;
class CodeView;

/// The right-hand side of the window: a header naming the file, and either its
/// highlighted text or a plain statement of why there is no text (binary, too large,
/// a submodule, an error).
class FileView : public QWidget
{
    Q_OBJECT

public:
    /// Above these, text is shown without highlighting: QSyntaxHighlighter would
    /// highlight the whole document on the GUI thread.
    static constexpr qint64 MaximumHighlightedSize = 2 * 1024 * 1024;
    static constexpr int MaximumHighlightedLines = 40000;

    explicit FileView(QWidget *parent = nullptr);
    ~FileView() override;

    void showFile(const FileContent &file);
    void showPlaceholder(const QString &text);

    CodeView *codeView() const { return m_code; }
    /// What the view says instead of text, or "" while it shows text.
    QString placeholderText() const;
    QString headerText() const;
    /// The warning about hidden or reordering characters in the file, or "".
    QString warningText() const;
    /// The highlighting definition in use, or "" for none.
    QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    void showMarkers(const FileContent &file);

    QLabel *m_header;
    QLabel *m_warning;
    QStackedWidget *m_stack;
    CodeView *m_code;
    QLabel *m_placeholder;
    std::unique_ptr<CodeHighlighting> m_highlighting;
};

} // namespace clearroom::ui
