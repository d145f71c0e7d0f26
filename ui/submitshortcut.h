// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace clearroom::ui {

/// Ctrl+Return (or Ctrl+Enter) in any of some widgets submits a form: a text field keeps
/// plain Return for new lines. Watches the key presses of the widgets themselves, so it
/// works wherever the focus is inside them (a QShortcut would also need its window to be
/// the active one).
class SubmitShortcut : public QObject
{
    Q_OBJECT

public:
    SubmitShortcut(QObject *parent, std::function<void()> submit);
    /// Watches `widget` and its children.
    void watch(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_submit;
};

} // namespace clearroom::ui
