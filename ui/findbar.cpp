// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findbar.h"

#include "sourcetext.h"
#include "sourceview.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace clearroom::ui {

FindBar::FindBar(SourceView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_term(new QLineEdit(this))
    , m_ignoreCase(new QCheckBox(tr("Ignore case"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_term->setPlaceholderText(tr("Find in this file"));
    m_term->setClearButtonEnabled(true);
    m_ignoreCase->setChecked(true);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous occurrence (Shift+F3)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next occurrence (F3, Enter)"));
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAutoRaise(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_term, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_ignoreCase);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_close);

    connect(m_term, &QLineEdit::textChanged, this, &FindBar::termChanged);
    connect(m_term, &QLineEdit::returnPressed, this,
            [this] { find(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_ignoreCase, &QCheckBox::toggled, this, &FindBar::termChanged);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

FindBar::~FindBar() = default;

void FindBar::activate()
{
    const QPair<int, int> lines = m_view->selectedLines();
    if (lines.first > 0 && lines.first == lines.second)
        m_term->setText(m_view->selectedText());
    show();
    m_term->setFocus();
    m_term->selectAll();
    m_view->setFindTerm(m_term->text(), sensitivity());
}

void FindBar::close()
{
    m_runs.cancel();
    hide();
    m_view->setFindTerm({}, sensitivity());
    m_view->setFocus();
}

void FindBar::setIgnoreCase(bool ignoreCase)
{
    m_ignoreCase->setChecked(ignoreCase);
}

Qt::CaseSensitivity FindBar::sensitivity() const
{
    return m_ignoreCase->isChecked() ? Qt::CaseInsensitive : Qt::CaseSensitive;
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::sourceChanged()
{
    if (isVisible())
        termChanged();
}

void FindBar::termChanged()
{
    m_view->setFindTerm(m_term->text(), sensitivity());
    if (m_term->text().isEmpty()) {
        m_runs.cancel();
        m_status->clear();
        return;
    }
    count();
}

void FindBar::find(bool backwards)
{
    if (m_term->text().isEmpty())
        return;
    if (!isVisible())
        show();
    m_view->setFindTerm(m_term->text(), sensitivity());
    bool wrapped = false;
    if (!m_view->findNext(backwards, &wrapped)) {
        m_status->setText(tr("Not found."));
        return;
    }
    const QString line = tr("Line %1.").arg(m_view->cursorLine());
    if (wrapped) {
        m_status->setText(backwards ? tr("Went round to the end. %1").arg(line)
                                    : tr("Went round to the start. %1").arg(line));
    } else if (m_count >= 0) {
        m_status->setText(
            tr("%Ln occurrence(s). %1", nullptr, int(qMin<qint64>(m_count, INT_MAX))).arg(line));
    } else {
        m_status->setText(line);
    }
}

void FindBar::count()
{
    m_count = -1;
    const std::shared_ptr<const SourceText> source = m_view->source();
    if (!source) {
        m_status->clear();
        return;
    }
    m_status->setText(tr("Counting…"));
    const QString term = m_term->text();
    const Qt::CaseSensitivity sensitivity = this->sensitivity();
    m_runs.start([source, term, sensitivity](const std::atomic<bool> &cancel,
                                             const WorkerRuns<FindBar>::Post &post) {
        // Counted in slices of lines so that a new term cancels a count at once.
        qint64 found = 0;
        for (int line = 0; line < source->lineCount(); ++line) {
            if ((line & 0xFFF) == 0 && cancel)
                return;
            const QStringView text = source->line(line);
            for (qsizetype at = text.indexOf(term, 0, sensitivity); at >= 0;
                 at = text.indexOf(term, at + term.size(), sensitivity))
                ++found;
        }
        post([found](FindBar *bar) {
            bar->m_runs.finish();
            bar->m_count = found;
            bar->m_status->setText(
                found == 0 ? tr("Not found.")
                           : tr("%Ln occurrence(s).", nullptr, int(qMin<qint64>(found, INT_MAX))));
        });
    });
}

void FindBar::countFailed(const QString &message)
{
    m_count = -1;
    m_status->setText(message);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace clearroom::ui
