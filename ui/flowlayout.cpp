// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace clearroom::ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: the rest wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(0, spacing());
    // Rows of items, each row's items placed once its height is known (so that they are
    // centred on it); an item aligned right goes to the row's right end.
    int y = area.y();
    int row = 0;
    while (row < m_items.size()) {
        int width = 0;
        int height = 0;
        int end = row;
        for (; end < m_items.size(); ++end) {
            const QLayoutItem *item = m_items.at(end);
            if (item->isEmpty())
                continue;
            const int itemWidth = item->sizeHint().width();
            const int next = width + (width > 0 ? gap : 0) + itemWidth;
            if (width > 0 && next > area.width())
                break;
            width = next;
            height = std::max(height, item->sizeHint().height());
        }
        if (apply) {
            int x = area.x();
            int rightEnd = area.right() + 1;
            // Right-aligned items from the end of the row backwards.
            for (int i = end - 1; i >= row; --i) {
                QLayoutItem *item = m_items.at(i);
                if (item->isEmpty() || !(item->alignment() & Qt::AlignRight))
                    continue;
                const QSize size = item->sizeHint();
                rightEnd -= size.width();
                item->setGeometry(QRect(QPoint(rightEnd, y + (height - size.height()) / 2), size));
                rightEnd -= gap;
            }
            for (int i = row; i < end; ++i) {
                QLayoutItem *item = m_items.at(i);
                if (item->isEmpty() || (item->alignment() & Qt::AlignRight))
                    continue;
                const QSize size = item->sizeHint();
                item->setGeometry(QRect(QPoint(x, y + (height - size.height()) / 2), size));
                x += size.width() + gap;
            }
        }
        y += height;
        row = end;
        if (row < m_items.size())
            y += gap;
    }
    return y - rect.y() + contentsMargins().bottom();
}

} // namespace clearroom::ui
