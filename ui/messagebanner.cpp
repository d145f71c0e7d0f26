// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace clearroom::ui {

MessageBanner::MessageBanner(Level level, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(level == Level::Error ? QStringLiteral("errorBanner")
                                        : QStringLiteral("warningBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    if (level == Level::Error) {
        p.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe9));
        p.setColor(QPalette::WindowText, QColor(0x6e, 0x0b, 0x14));
    } else {
        p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
        p.setColor(QPalette::WindowText, QColor(0x5c, 0x41, 0x00));
    }
    setPalette(p);

    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()
                        ->standardIcon(level == Level::Error ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning)
                        .pixmap(20, 20));
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    hide();
}

void MessageBanner::showMessage(const QString &message)
{
    m_label->setText(message);
    show();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace clearroom::ui
