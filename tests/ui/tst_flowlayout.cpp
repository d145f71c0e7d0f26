// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "flowlayout.h"

#include <QWidget>
#include <QtTest>

#include <memory>

using namespace clearroom::ui;

// The consolidation page's row of actions: one row where the width takes it, wrapped
// where it does not, never wider than its widest item.
class TestFlowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        m_layout = new FlowLayout(m_window.get());
        m_layout->setContentsMargins(0, 0, 0, 0);
        m_layout->setSpacing(10);
        for (int width : {100, 150, 80}) {
            auto *item = new QWidget(m_window.get());
            item->setFixedSize(width, 30);
            m_layout->addWidget(item);
            m_items.append(item);
        }
        m_layout->setAlignment(m_items.last(), Qt::AlignRight);
    }

    void cleanup()
    {
        m_items.clear();
        m_window.reset();
    }

    void oneRowWhereItFits()
    {
        QCOMPARE(m_layout->sizeHint(), QSize(100 + 10 + 150 + 10 + 80, 30));
        QCOMPARE(m_layout->heightForWidth(400), 30);
        m_layout->setGeometry(QRect(0, 0, 400, 30));
        QCOMPARE(m_items.at(0)->geometry(), QRect(0, 0, 100, 30));
        QCOMPARE(m_items.at(1)->geometry(), QRect(110, 0, 150, 30));
        // Pushed to the row's right end.
        QCOMPARE(m_items.at(2)->geometry(), QRect(320, 0, 80, 30));
    }

    void wrapsWhereItDoesNot()
    {
        // 100 + 10 + 150 fits in 300; the third does not and starts the next row.
        QCOMPARE(m_layout->heightForWidth(300), 30 + 10 + 30);
        m_layout->setGeometry(QRect(0, 0, 300, 70));
        QCOMPARE(m_items.at(0)->geometry().topLeft(), QPoint(0, 0));
        QCOMPARE(m_items.at(1)->geometry().topLeft(), QPoint(110, 0));
        QCOMPARE(m_items.at(2)->geometry(), QRect(220, 40, 80, 30));
        // Narrower than any two: a row each.
        QCOMPARE(m_layout->heightForWidth(120), 3 * 30 + 2 * 10);
        // As narrow as the widest item, and no narrower.
        QCOMPARE(m_layout->minimumSize().width(), 150);
        QCOMPARE(m_layout->heightForWidth(50), 3 * 30 + 2 * 10);
    }

    void hiddenItemsTakeNoRoom()
    {
        m_items.at(1)->hide();
        QCOMPARE(m_layout->sizeHint().width(), 100 + 10 + 80);
        QCOMPARE(m_layout->heightForWidth(200), 30);
    }

private:
    std::unique_ptr<QWidget> m_window;
    FlowLayout *m_layout = nullptr;
    QList<QWidget *> m_items;
};

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
