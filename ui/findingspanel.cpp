// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingspanel.h"

#include "findingdetails.h"
#include "findingsmodel.h"
#include "pathquote.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace clearroom::ui {

namespace {
// The status filter's choices beyond "all": the statuses still to be dealt with, then each.
constexpr int AllStatuses = -1;
constexpr int UnresolvedStatuses = -2;
} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilterModel(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new FindingDetails(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_filter->setSourceModel(m_model);

    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->addItem(tr("All severities"), -1);
    for (int severity = int(review::Severity::Critical); severity >= 0; --severity) {
        m_severity->addItem(
            tr("%1 and above").arg(review::FindingNames::severityText(review::Severity(severity))),
            severity);
    }
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), AllStatuses);
    m_status->addItem(tr("Unresolved (open, confirmed, disputed)"), UnresolvedStatuses);
    for (int status = 0; status <= int(review::FindingStatus::AcceptedRisk); ++status)
        m_status->addItem(review::FindingNames::statusText(review::FindingStatus(status)), status);
    m_author->setObjectName(QStringLiteral("authorFilter"));
    m_author->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateAuthors();
    m_path->setObjectName(QStringLiteral("findingPathFilter"));
    m_path->setPlaceholderText(tr("Path contains…"));
    m_path->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("findingTextFilter"));
    m_text->setPlaceholderText(tr("Title or description contains…"));
    m_text->setClearButtonEnabled(true);
    m_count->setTextFormat(Qt::PlainText);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < FindingsModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::LocationColumn, QHeaderView::Interactive);
    header->resizeSection(FindingsModel::LocationColumn, 180);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_status);
    filters->addWidget(m_author);
    filters->addWidget(m_path, 1);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_count);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // At first about a quarter for the details, whose heading (title, severity, CWE name,
    // place) wraps in a narrower column and was cut off; the list's own width (its
    // columns fit to their contents) left them a fifth. More would squeeze the titles.
    splitter->setSizes({1000, 360});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_severity, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &FindingsPanel::applyFilters);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &FindingsPanel::applyFilters);
    connect(m_author, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &FindingsPanel::applyFilters);
    connect(m_path, &QLineEdit::textChanged, this, &FindingsPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &FindingsPanel::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::onCurrentChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int row = m_filter->mapToSource(index).row();
        if (const review::Finding *finding = m_model->finding(row))
            Q_EMIT findingActivated(*finding);
    });
    applyFilters();
}

void FindingsPanel::setFindings(const QVector<review::Finding> &findings,
                                std::shared_ptr<const review::FindingTextIndex> textIndex)
{
    const QString selected = m_selectedId;
    m_model->setFindings(findings, std::move(textIndex));
    updateAuthors();
    m_filter->sort(m_view->header()->sortIndicatorSection(),
                   m_view->header()->sortIndicatorOrder());
    applyFilters();
    if (!selected.isEmpty())
        selectFinding(selected);
}

void FindingsPanel::applyFilters()
{
    review::FindingFilter filter;
    const int least = m_severity->currentData().toInt();
    if (least >= 0) {
        for (int severity = least; severity <= int(review::Severity::Critical); ++severity)
            filter.severities.append(review::Severity(severity));
    }
    const int status = m_status->currentData().toInt();
    if (status == UnresolvedStatuses)
        filter.statuses = {review::FindingStatus::Open, review::FindingStatus::Confirmed,
                           review::FindingStatus::Disputed};
    else if (status >= 0)
        filter.statuses = {review::FindingStatus(status)};
    filter.author = m_author->currentIndex() > 0 ? m_author->currentData().toString() : QString();
    filter.path = m_path->text().trimmed();
    filter.text = m_text->text().trimmed();
    m_filter->setFilter(filter);
    m_count->setText(tr("%1 of %Ln", nullptr, m_model->rowCount())
                         .arg(QLocale().toString(m_filter->rowCount())));
}

// The authors the findings have, to pick one; the choice stays while it still exists.
void FindingsPanel::updateAuthors()
{
    const QString chosen
        = m_author->currentIndex() > 0 ? m_author->currentData().toString() : QString();
    QStringList authors;
    for (const review::Finding &finding : m_model->findings())
        authors.append(finding.author);
    authors.removeDuplicates();
    authors.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_author);
    m_author->clear();
    m_author->addItem(tr("All authors"));
    for (const QString &author : std::as_const(authors))
        m_author->addItem(git::displayBytes(author.toUtf8()), author);
    m_author->setCurrentIndex(std::max(0, m_author->findData(chosen)));
}

void FindingsPanel::selectFinding(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filters: show everything rather than pretend it is not there.
        m_severity->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_author->setCurrentIndex(0);
        m_path->clear();
        m_text->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

const review::Finding *FindingsPanel::selectedFinding() const
{
    const int row = m_model->rowOf(m_selectedId);
    return m_model->finding(row);
}

void FindingsPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const review::Finding *finding = m_model->finding(m_filter->mapToSource(current).row());
    if (!finding) {
        m_selectedId.clear();
        m_details->clear();
        Q_EMIT currentFindingChanged(QString());
        return;
    }
    const bool changed = finding->id != m_selectedId;
    m_selectedId = finding->id;
    m_details->showFinding(*finding);
    if (changed) {
        Q_EMIT currentFindingChanged(finding->id);
        Q_EMIT findingActivated(*finding);
    }
}

} // namespace clearroom::ui
