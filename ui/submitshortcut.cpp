// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "submitshortcut.h"

#include <QKeyEvent>
#include <QWidget>

namespace clearroom::ui {

SubmitShortcut::SubmitShortcut(QObject *parent, std::function<void()> submit)
    : QObject(parent)
    , m_submit(std::move(submit))
{
}

void SubmitShortcut::watch(QWidget *widget)
{
    widget->installEventFilter(this);
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->installEventFilter(this);
}

bool SubmitShortcut::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            m_submit();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clearroom::ui
