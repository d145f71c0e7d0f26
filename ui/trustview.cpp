// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "trustview.h"

#include "rostermodel.h"
#include "trustdescription.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace clearroom::ui {

namespace {

QLabel *bannerLabel(const QString &name, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

TrustView::TrustView(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_warning(bannerLabel(QStringLiteral("trustWarning"),
                            QStringLiteral("background: #fff3cd; color: #5c4400; padding: 8px; "
                                           "border: 2px solid #d39e00; font-weight: bold;"),
                            this))
    , m_error(bannerLabel(QStringLiteral("trustError"),
                          QStringLiteral("background: #f8d7da; color: #721c24; padding: 8px; "
                                         "border: 2px solid #c82333; font-weight: bold;"),
                          this))
    , m_details(new QPlainTextEdit(this))
    , m_roster(new RosterModel(this))
    , m_rosterTitle(new QLabel(package::TrustDescription::rosterTitle(), this))
    , m_rosterView(new QTreeView(this))
    , m_runs(this, &TrustView::notLoaded)
{
    setObjectName(QStringLiteral("trustView"));
    setWindowTitle(tr("Trust Configuration"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rosterView->setRootIsDecorated(false);
    m_rosterView->setModel(m_roster);
    m_rosterView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_warning);
    // The facts take about fifteen lines; a room's roster may have dozens of members, so
    // the two share the height (at 3:1 the roster showed seven).
    layout->addWidget(m_details, 1);
    layout->addWidget(m_rosterTitle);
    layout->addWidget(m_rosterView, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    layout->addWidget(buttons);
    resize(900, 640);
}

void TrustView::load(const QString &path)
{
    setWindowTitle(tr("Trust Configuration %1").arg(path));
    m_runs.start([path](const std::atomic<bool> &, const auto &post) {
        auto loaded = package::TrustConfiguration::load(path);
        // The text too is made here: an authority's revocation lists may name thousands
        // of certificates.
        const QString details = loaded ? package::TrustDescription::details(*loaded) : QString();
        const QStringList stale = loaded
            ? package::TrustDescription::staleWarnings(*loaded, QDateTime::currentDateTimeUtc())
            : QStringList();
        post([loaded, details, stale](TrustView *view) {
            view->m_runs.finish();
            if (!loaded) {
                view->notLoaded(loaded.errorMessage());
                return;
            }
            view->display(*loaded, details, stale);
            Q_EMIT view->loaded();
        });
    });
}

void TrustView::notLoaded(const QString &message)
{
    m_runs.finish();
    m_error->setText(tr("Not loaded: %1").arg(message));
    m_error->show();
    Q_EMIT failed(message);
}

void TrustView::setConfiguration(const package::TrustConfiguration &trust, const QDateTime &now)
{
    display(trust, package::TrustDescription::details(trust),
            package::TrustDescription::staleWarnings(trust, now));
}

void TrustView::display(const package::TrustConfiguration &trust, const QString &details,
                        const QStringList &stale)
{
    m_error->hide();
    m_details->setPlainText(details);
    m_roster->setRoster(trust.roster());
    // A CA file alone has no roster: said in words rather than with an empty table.
    m_rosterTitle->setText(trust.isFolder() ? package::TrustDescription::rosterTitle()
                                            : package::TrustDescription::rosterTitle()
                                   + QLatin1Char('\n') + package::TrustDescription::noRoster());
    m_rosterView->setVisible(trust.isFolder());
    m_warning->setText(stale.join(QLatin1Char('\n')));
    m_warning->setVisible(!stale.isEmpty());
}

QString TrustView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString TrustView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString TrustView::detailsText() const
{
    return m_details->toPlainText();
}

QString TrustView::rosterText() const
{
    return m_rosterTitle->text();
}

} // namespace clearroom::ui
