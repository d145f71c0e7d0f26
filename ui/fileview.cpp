// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "fileview.h"

#include "findbar.h"

#include "linehighlighter.h"
#include "pathquote.h"
#include "sourcetext.h"
#include "sourceview.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace clearroom::ui {

FileView::FileView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_code(new SourceView(this))
    , m_placeholder(new QLabel(this))
    , m_find(new FindBar(m_code, this))
{
    m_header->setObjectName(QStringLiteral("fileHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(6, 4, 6, 4);
    m_warning->setObjectName(QStringLiteral("fileWarning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setContentsMargins(6, 4, 6, 4);
    m_warning->setAutoFillBackground(true);
    {
        QPalette p = m_warning->palette();
        p.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe9));
        p.setColor(QPalette::WindowText, QColor(0x6e, 0x0b, 0x14));
        m_warning->setPalette(p);
    }
    m_warning->hide();
    m_code->setObjectName(QStringLiteral("codeView"));
    m_placeholder->setObjectName(QStringLiteral("filePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_code);
    m_stack->addWidget(m_placeholder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_warning);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_find);

    applyTheme();
    showPlaceholder(tr("Open a repository, then pick a file in the tree."));
}

FileView::~FileView() = default;

void FileView::showPlaceholder(const QString &text)
{
    m_header->clear();
    m_warning->hide();
    m_code->clear();
    m_path.clear();
    m_id = {};
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void FileView::showFile(const FileContent &file)
{
    const QString path = git::displayBytes(file.path);
    const QString size = QLocale().formattedDataSize(file.size);
    switch (file.kind) {
    case FileContent::Kind::Binary:
        showPlaceholder(tr("%1 is a binary file of %2 (%Ln byte(s)); it is not shown as text.",
                           nullptr, int(qMin<qint64>(file.size, INT_MAX)))
                            .arg(path, size));
        m_header->setText(path);
        return;
    case FileContent::Kind::TooLarge:
        showPlaceholder(
            tr("%1 is %2, more than this view loads; it is not shown.").arg(path, size));
        m_header->setText(path);
        return;
    case FileContent::Kind::Submodule:
        showPlaceholder(tr("%1 is a submodule: commit %2 of another repository, which is not "
                           "part of this one.")
                            .arg(path, QString::fromLatin1(file.id.toHex())));
        m_header->setText(path);
        return;
    case FileContent::Kind::Symlink:
        showPlaceholder(tr("%1 is a symbolic link to:\n%2\nLinks are shown, never followed.")
                            .arg(path, file.text));
        m_header->setText(path);
        return;
    case FileContent::Kind::Text:
        break;
    }

    // Highlighting is lazy and sliced (LineHighlighter): files of any size are
    // highlighted, the screen in view first.
    const std::shared_ptr<const SourceText> source
        = file.source ? file.source : SourceText::fromText(file.text);
    const qsizetype slash = file.path.lastIndexOf('/');
    m_code->highlighter()->setSource(source, git::displayBytes(file.path.mid(slash + 1)),
                                     file.head);
    m_code->setSource(source, marks(file, *source));
    m_find->sourceChanged();
    const int lines = source->lineCount();
    const QString note = definitionName();
    QStringList parts {path, tr("%Ln line(s)", nullptr, lines), size};
    if (!file.encodingName.isEmpty())
        parts << file.encodingName;
    if (file.invalidByteCount > 0)
        parts << tr("%Ln invalid byte(s), shown as ⟨\\xNN⟩", nullptr, file.invalidByteCount);
    if (!note.isEmpty())
        parts << note;
    parts << tr("read-only");
    m_header->setText(parts.join(QStringLiteral("  ·  ")));
    showWarning(file);
    m_stack->setCurrentWidget(m_code);
    m_path = file.path;
    m_id = file.id;
}

void FileView::showWarning(const FileContent &file)
{
    if (file.bidirectionalCount + file.invisibleCount > 0) {
        m_warning->setText(
            tr("Warning: this file contains %1 and %2. They are shown as markers such as "
               "⟨RLO⟩ or ⟨ZWSP⟩: the code may not do what it appears to do (Trojan Source, "
               "CVE-2021-42574).")
                .arg(tr("%Ln character(s) that change the direction of text", nullptr,
                        file.bidirectionalCount),
                     tr("%Ln invisible character(s)", nullptr, file.invisibleCount)));
        m_warning->show();
    } else {
        m_warning->hide();
    }
}

QVector<SourceView::Mark> FileView::marks(const FileContent &file, const SourceText &source)
{
    QVector<SourceView::Mark> marks;
    marks.reserve(file.markers.size());
    for (const FileContent::Marker &marker : file.markers) {
        SourceView::Mark mark;
        mark.line = source.lineOfOffset(marker.position);
        mark.column = int(marker.position - source.lineStart(mark.line));
        mark.length = marker.length;
        switch (marker.kind) {
        case FileContent::Marker::Kind::Bidirectional:
            mark.background = QColor(0xff, 0x9e, 0x9e);
            break;
        case FileContent::Marker::Kind::Invisible:
            mark.background = QColor(0xff, 0xd1, 0x80);
            break;
        case FileContent::Marker::Kind::InvalidByte:
            mark.background = QColor(0xd0, 0xd0, 0xd0);
            break;
        }
        marks.append(mark);
    }
    return marks;
}

QString FileView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString FileView::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

QString FileView::headerText() const
{
    return m_header->text();
}

QString FileView::definitionName() const
{
    return m_code->highlighter()->definitionName();
}

void FileView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void FileView::applyTheme()
{
    // The theme follows the palette: a dark desktop gets a dark theme.
    LineHighlighter *highlighter = m_code->highlighter();
    highlighter->setBackground(palette().color(QPalette::Base));
    m_code->setColors(highlighter->themeBackground(), highlighter->themeForeground(),
                      highlighter->themeLineNumber());
}

} // namespace clearroom::ui
