// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingdetails.h"

#include "cwecatalogue.h"
#include "markdownview.h"
#include "pathquote.h"
#include "submitshortcut.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clearroom::ui {

namespace {

QString escaped(const QString &text)
{
    return git::displayBytes(text.toUtf8()).toHtmlEscaped();
}

// A field's value in a history sentence: names for keys, "…" for withheld text.
QString shownValue(const QString &field, const QJsonValue &value)
{
    if (review::AuditLog::isWithheld(value))
        return {};
    const QString text = value.toVariant().toString();
    if (field == QLatin1String("severity")) {
        if (auto severity = review::FindingNames::severityFromKey(text))
            return review::FindingNames::severityText(*severity);
    }
    if (field == QLatin1String("status")) {
        if (auto status = review::FindingNames::statusFromKey(text))
            return review::FindingNames::statusText(*status);
    }
    if (field == QLatin1String("anchor_state")) {
        if (auto state = review::FindingNames::anchorFromKey(text))
            return review::FindingNames::anchorText(*state);
    }
    if (field == QLatin1String("cwe"))
        return value.toInt() > 0 ? QStringLiteral("CWE-%1").arg(value.toInt())
                                 : FindingDetails::tr("none");
    return git::displayBytes(text.toUtf8());
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("title"))
        return FindingDetails::tr("the title");
    if (field == QLatin1String("severity"))
        return FindingDetails::tr("the severity");
    if (field == QLatin1String("status"))
        return FindingDetails::tr("the status");
    if (field == QLatin1String("cwe"))
        return FindingDetails::tr("the CWE");
    if (field == QLatin1String("description"))
        return FindingDetails::tr("the description");
    if (field == QLatin1String("recommendation"))
        return FindingDetails::tr("the recommendation");
    return field;
}

} // namespace

FindingDetails::FindingDetails(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_original(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new MarkdownView(this))
    , m_comments(new MarkdownView(this))
    , m_commentEdit(new QPlainTextEdit(this))
    , m_commentButton(new QPushButton(tr("Add &Comment"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findingDetails"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_original->setTextFormat(Qt::PlainText);
    m_original->setWordWrap(true);
    m_original->hide();
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setPlaceholderText(tr("Add to the discussion (Markdown; Ctrl+Return sends)"));
    m_commentEdit->setMaximumHeight(80);
    // Two lines of each at the least (a scroll area's own minimum is taller): this page set
    // how low the Findings panel could go, and with it whether the window fits an
    // 800-pixel screen.
    for (QAbstractScrollArea *area :
         std::initializer_list<QAbstractScrollArea *> {m_comments, m_commentEdit})
        area->setMinimumHeight(2 * area->fontMetrics().lineSpacing() + 2 * area->frameWidth() + 8);
    m_commentEdit->setTabChangesFocus(true);
    m_history->setObjectName(QStringLiteral("findingHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *commentsPage = new QWidget(this);
    auto *commentsLayout = new QVBoxLayout(commentsPage);
    commentsLayout->setContentsMargins(0, 0, 0, 0);
    commentsLayout->addWidget(m_comments, 1);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentEdit, 1);
    commentRow->addWidget(m_commentButton, 0, Qt::AlignBottom);
    commentsLayout->addLayout(commentRow);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_text, tr("Description"));
    m_tabs->addTab(commentsPage, tr("Comments"));
    m_tabs->addTab(m_history, tr("History"));

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_editButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(headerRow);
    layout->addWidget(m_original);
    layout->addWidget(m_tabs, 1);

    const auto send = [this] {
        const QString text = m_commentEdit->toPlainText();
        if (m_id.isEmpty() || text.trimmed().isEmpty())
            return;
        Q_EMIT commentRequested(m_id, text);
        m_commentEdit->clear();
    };
    connect(m_commentButton, &QPushButton::clicked, this, send);
    (new SubmitShortcut(this, send))->watch(m_commentEdit);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT editRequested(m_id);
    });
    clear();
}

void FindingDetails::clear()
{
    m_id.clear();
    m_header->setText(tr("Select a finding to see it in full."));
    m_original->hide();
    m_text->clear();
    m_comments->clear();
    m_history->clear();
    m_tabs->setTabText(1, tr("Comments"));
    m_commentEdit->setEnabled(false);
    m_commentButton->setEnabled(false);
    m_editButton->setEnabled(false);
}

void FindingDetails::showFinding(const review::Finding &finding)
{
    const bool same = finding.id == m_id;
    m_id = finding.id;
    m_generation = finding.generation;
    QStringList lines = factLines(finding);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    m_header->setText(QStringLiteral("<b>%1</b><br>").arg(escaped(finding.title))
                      + lines.join(QStringLiteral("<br>")));
    QString text
        = finding.description.trimmed().isEmpty() ? tr("*No description.*") : finding.description;
    if (!finding.recommendation.trimmed().isEmpty())
        text += QStringLiteral("\n\n---\n\n**") + tr("Recommendation") + QStringLiteral("**\n\n")
            + finding.recommendation;
    m_text->setMarkdownText(text);
    m_commentEdit->setEnabled(true);
    m_commentButton->setEnabled(true);
    m_editButton->setEnabled(true);
    if (!same) {
        m_comments->clear();
        m_history->clear();
    }
}

void FindingDetails::showThread(const QVector<review::Comment> &comments,
                                const QVector<review::AuditEntry> &history,
                                const QVector<review::FindingLocation> &original)
{
    // The original anchor stays visible once a finding was carried to another commit.
    const bool carried = !original.isEmpty() && m_generation > 0;
    if (carried) {
        const review::FindingLocation &first = original.constFirst();
        m_original->setText(tr("First recorded at %1:%2-%3 (blob %4).")
                                .arg(git::displayBytes(first.path))
                                .arg(first.startLine)
                                .arg(first.endLine)
                                .arg(QString::fromLatin1(first.blobId.left(12))));
    }
    m_original->setVisible(carried);
    QString thread;
    for (const review::Comment &comment : comments) {
        // The author and time as plain text: Markdown from the comment cannot forge them.
        thread += QStringLiteral("**%1** · %2\n\n%3\n\n---\n\n")
                      .arg(MarkdownView::escaped(git::displayBytes(comment.author.toUtf8())),
                           QLocale().toString(comment.created.toLocalTime(), QLocale::ShortFormat),
                           comment.body);
    }
    m_comments->setMarkdownText(thread.isEmpty() ? tr("*No comments yet.*") : thread);
    m_tabs->setTabText(1, tr("Comments (%1)").arg(comments.size()));
    m_history->clear();
    for (const review::AuditEntry &entry : history) {
        const QJsonObject object = QJsonDocument::fromJson(entry.line).object();
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(
            0,
            QLocale().toString(
                review::timeFromText(object.value(QStringLiteral("at")).toString()).toLocalTime(),
                QLocale::ShortFormat));
        item->setText(1,
                      git::displayBytes(object.value(QStringLiteral("actor")).toString().toUtf8()));
        item->setText(2, describe(entry.line));
        item->setToolTip(
            2,
            tr("Audit log entry %1, hash %2").arg(entry.seq).arg(QString::fromLatin1(entry.hash)));
    }
    m_history->resizeColumnToContents(0);
}

QStringList FindingDetails::factLines(const review::Finding &finding)
{
    QString facts = review::FindingNames::severityText(finding.severity) + QStringLiteral(" · ")
        + review::FindingNames::statusText(finding.status);
    if (finding.cwe > 0) {
        const auto entry = review::CweCatalogue::instance().find(finding.cwe);
        facts += QStringLiteral(" · CWE-%1 %2")
                     .arg(finding.cwe)
                     .arg(entry ? git::displayBytes(entry->name.toUtf8()) : QString());
    }
    QStringList locations;
    for (const review::FindingLocation &location : finding.locations) {
        locations.append(tr("%1:%2-%3")
                             .arg(git::displayBytes(location.path))
                             .arg(location.startLine)
                             .arg(location.endLine));
    }
    QString where = tr("%1 at commit %2")
                        .arg(locations.join(QStringLiteral(", ")),
                             QString::fromLatin1(finding.commit.left(12)));
    if (finding.anchorState != review::AnchorState::Original) {
        where += tr(" · carried forward: %1")
                     .arg(review::FindingNames::anchorText(finding.anchorState));
    }
    const QString by
        = tr("by %1, %2")
              .arg(git::displayBytes(finding.author.toUtf8()),
                   QLocale().toString(finding.created.toLocalTime(), QLocale::ShortFormat));
    return {facts, where, by};
}

QString FindingDetails::describe(const QByteArray &line)
{
    const QJsonObject entry = QJsonDocument::fromJson(line).object();
    const QString action = entry.value(QStringLiteral("action")).toString();
    if (action == QLatin1String("finding.create"))
        return tr("recorded the finding");
    if (action == QLatin1String("finding.delete"))
        return tr("deleted the finding");
    if (action == QLatin1String("comment.create"))
        return tr("commented");
    if (action == QLatin1String("finding.locate"))
        return tr("added a location");
    const QJsonObject oldValues = entry.value(QStringLiteral("old")).toObject();
    const QJsonObject newValues = entry.value(QStringLiteral("new")).toObject();
    if (action == QLatin1String("finding.move")) {
        return tr("carried it to commit %1 (%2)")
            .arg(newValues.value(QStringLiteral("commit")).toString().left(12),
                 shownValue(QStringLiteral("anchor_state"),
                            newValues.value(QStringLiteral("anchor_state"))));
    }
    if (action == QLatin1String("finding.update")) {
        QStringList changes;
        for (auto it = newValues.begin(); it != newValues.end(); ++it) {
            if (it.key() == QLatin1String("updated"))
                continue;
            const QString before = shownValue(it.key(), oldValues.value(it.key()));
            const QString after = shownValue(it.key(), it.value());
            if (before.isEmpty() || after.isEmpty())
                changes.append(tr("changed %1").arg(fieldName(it.key())));
            else
                changes.append(
                    tr("changed %1 from %2 to %3").arg(fieldName(it.key()), before, after));
        }
        return changes.join(QStringLiteral("; "));
    }
    return action;
}

} // namespace clearroom::ui
