// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QLayout>
#include <QList>

namespace clearroom::ui {

/// Items left to right, as many to a row as the width takes, the rest on the next rows:
/// a row of buttons that stays one row where it fits and wraps where a language's longer
/// words (or a narrow window) would otherwise make the window wider than the screen. Qt
/// has no such layout; an item that asks to be stretched (QLayout::addStretch() has no
/// meaning here) is not supported, but an item may be pushed to the row's right end with
/// setAlignment(widget, Qt::AlignRight).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Lays the items out in `rect` (only measuring where `apply` is false); returns the
    /// height they take.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace clearroom::ui
