// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "fileview.h"

#include "codehighlighting.h"
#include "codeview.h"
#include "pathquote.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace clearroom::ui {

FileView::FileView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_code(new CodeView(this))
    , m_placeholder(new QLabel(this))
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

    m_highlighting = std::make_unique<CodeHighlighting>(m_code->document());
    applyTheme();
    showPlaceholder(tr("Open a repository, then pick a file in the tree."));
}

FileView::~FileView() = default;

void FileView::showPlaceholder(const QString &text)
{
    m_header->clear();
    m_warning->hide();
    m_code->setExtraSelections({});
    m_highlighting->disable();
    m_code->clear();
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void FileView::showFile(const FileContent &file)
{
    const QString path = git::displayBytes(file.path);
    const QString size = QLocale().formattedDataSize(file.size);
    switch (file.kind) {
    case FileContent::Kind::Binary:
        showPlaceholder(tr("%1 is a binary file of %2 (%n byte(s)); it is not shown as text.",
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

    m_highlighting->disable();
    // Lines as git and editors count them: a final newline ends the last line rather
    // than starting an empty one, so it is not shown as a line of its own.
    const bool endsWithNewline = file.text.endsWith(QLatin1Char('\n'));
    m_code->setPlainText(endsWithNewline ? file.text.chopped(1) : file.text);
    const int lines = file.text.isEmpty() ? 0 : m_code->blockCount();
    QString note;
    if (file.size <= MaximumHighlightedSize && lines <= MaximumHighlightedLines) {
        const qsizetype slash = file.path.lastIndexOf('/');
        m_highlighting->setFile(git::displayBytes(file.path.mid(slash + 1)), file.head);
        note = definitionName();
    } else if (CodeHighlighting::isAvailable()) {
        note = tr("large file, not highlighted");
    }
    QStringList parts {path, tr("%n line(s)", nullptr, lines), size};
    if (!file.encodingName.isEmpty())
        parts << file.encodingName;
    if (file.invalidByteCount > 0)
        parts << tr("%n invalid byte(s), shown as ⟨\\xNN⟩", nullptr, file.invalidByteCount);
    if (!note.isEmpty())
        parts << note;
    parts << tr("read-only");
    m_header->setText(parts.join(QStringLiteral("  ·  ")));
    showMarkers(file);
    m_stack->setCurrentWidget(m_code);
}

void FileView::showMarkers(const FileContent &file)
{
    if (file.bidirectionalCount + file.invisibleCount > 0) {
        m_warning->setText(
            tr("Warning: this file contains %1 and %2. They are shown as markers such as "
               "⟨RLO⟩ or ⟨ZWSP⟩: the code may not do what it appears to do (Trojan Source, "
               "CVE-2021-42574).")
                .arg(tr("%n character(s) that change the direction of text", nullptr,
                        file.bidirectionalCount),
                     tr("%n invisible character(s)", nullptr, file.invisibleCount)));
        m_warning->show();
    } else {
        m_warning->hide();
    }

    // Colour each marker; beyond a few thousand the colours add nothing but cost.
    constexpr int maximumColoured = 5000;
    QList<QTextEdit::ExtraSelection> selections;
    const int count = int(qMin<qsizetype>(file.markers.size(), maximumColoured));
    selections.reserve(count);
    for (int i = 0; i < count; ++i) {
        const FileContent::Marker &marker = file.markers.at(i);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_code->document());
        selection.cursor.setPosition(int(marker.position));
        selection.cursor.setPosition(int(marker.position) + marker.length, QTextCursor::KeepAnchor);
        switch (marker.kind) {
        case FileContent::Marker::Kind::Bidirectional:
            selection.format.setBackground(QColor(0xff, 0x9e, 0x9e));
            break;
        case FileContent::Marker::Kind::Invisible:
            selection.format.setBackground(QColor(0xff, 0xd1, 0x80));
            break;
        case FileContent::Marker::Kind::InvalidByte:
            selection.format.setBackground(QColor(0xd0, 0xd0, 0xd0));
            break;
        }
        selection.format.setForeground(QColor(0x40, 0x00, 0x00));
        selections.append(selection);
    }
    m_code->setExtraSelections(selections);
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
    return m_highlighting->definitionName();
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
    m_highlighting->setBackground(palette().color(QPalette::Base));
    m_code->setColors(m_highlighting->themeBackground(), m_highlighting->themeForeground(),
                      m_highlighting->themeLineNumber());
}

} // namespace clearroom::ui
