// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "filecontent.h"
#include "sourceview.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace clearroom::ui {

class FindBar;
class SourceText;

/// The right-hand side of the window: a header naming the file, and either its
/// highlighted text or a plain statement of why there is no text (binary, too large,
/// a submodule, an error).
class FileView : public QWidget
{
    Q_OBJECT

public:
    explicit FileView(QWidget *parent = nullptr);
    ~FileView() override;

    void showFile(const FileContent &file);
    void showPlaceholder(const QString &text);

    SourceView *codeView() const { return m_code; }
    FindBar *findBar() const { return m_find; }
    /// What the view says instead of text, or "" while it shows text.
    QString placeholderText() const;
    QString headerText() const;
    /// The warning about hidden or reordering characters in the file, or "".
    QString warningText() const;
    /// The highlighting definition in use, or "" for none.
    QString definitionName() const;
    /// The text file on display (path as in the tree, blob id); empty while none is.
    QByteArray currentPath() const { return m_path; }
    git::ObjectId currentId() const { return m_id; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    void showWarning(const FileContent &file);
    static QVector<SourceView::Mark> marks(const FileContent &file, const SourceText &source);

    QLabel *m_header;
    QLabel *m_warning;
    QStackedWidget *m_stack;
    SourceView *m_code;
    QLabel *m_placeholder;
    FindBar *m_find;
    QByteArray m_path;
    git::ObjectId m_id;
};

} // namespace clearroom::ui
