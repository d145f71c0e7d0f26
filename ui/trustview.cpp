// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "trustview.h"

#include "rostermodel.h"

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

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : TrustView::tr("none given");
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
    auto *rosterTitle = new QLabel(tr("Roster: who may sign packages, and as what"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_warning);
    // The facts take about fifteen lines; a room's roster may have dozens of members, so
    // the two share the height (at 3:1 the roster showed seven).
    layout->addWidget(m_details, 1);
    layout->addWidget(rosterTitle);
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
        post([loaded](TrustView *view) {
            view->m_runs.finish();
            if (!loaded) {
                view->notLoaded(loaded.errorMessage());
                return;
            }
            view->setConfiguration(*loaded);
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
    m_error->hide();
    QStringList lines;
    lines << tr("Source: %1 (%2)")
                 .arg(trust.source(),
                      trust.isFolder() ? tr("the authority's signed folder")
                                       : tr("a CA certificate file alone"));
    lines << QString();
    lines << tr("Compare these fingerprints with what the authority published:");
    for (const crypto::Certificate &anchor : trust.store().anchors()) {
        lines << tr("CA certificate: %1").arg(anchor.subject());
        lines << tr("  SHA-256: %1").arg(QString::fromLatin1(anchor.fingerprint()));
        lines << tr("  valid: %1 to %2")
                     .arg(timeText(anchor.notBefore()), timeText(anchor.notAfter()));
    }
    lines << QString();
    if (trust.isFolder()) {
        const crypto::VerifiedSignature &authority = trust.authority();
        lines << tr("Signed by the authority's officer: %1").arg(authority.signer.subject());
        lines << tr("  certificate SHA-256: %1")
                     .arg(QString::fromLatin1(authority.signer.fingerprint()));
        lines << tr("  signed at: %1").arg(timeText(authority.signingTime));
    } else {
        lines << tr("No signed folder: roles come from the certificates alone.");
    }
    lines << QString();
    lines << (trust.policy() ? tr("Egress policy: %1").arg(trust.policy()->description())
                             : tr("Egress policy: none given (no code leaves unless a policy "
                                  "file is chosen)"));
    lines << QString();
    const QVector<crypto::RevocationList> &lists = trust.store().revocationLists();
    if (lists.isEmpty())
        lines << tr("Revocation lists: none (revoked certificates cannot be recognised)");
    for (const crypto::RevocationList &list : lists) {
        lines << tr("Revocation list of %1").arg(list.issuer());
        lines << tr("  issued: %1, next update: %2")
                     .arg(timeText(list.thisUpdate()), timeText(list.nextUpdate()));
        // What the officer compares with the authority's records: the roster names
        // certificates by fingerprint, a list by serial number, so each is shown as it is.
        const QVector<crypto::RevocationList::Revocation> revoked = list.revocations();
        if (revoked.isEmpty())
            lines << tr("  revokes no certificate");
        else
            lines << tr("  revokes %n certificate(s):", nullptr, int(revoked.size()));
        for (const crypto::RevocationList::Revocation &entry : revoked)
            lines << tr("    serial number %1, revoked %2 (%3)")
                         .arg(entry.serialNumber, timeText(entry.date),
                              crypto::RevocationList::reasonText(entry.reason));
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_roster->setRoster(trust.roster());

    QStringList stale;
    for (const crypto::RevocationList &list : trust.staleLists(now))
        stale << tr("The revocation list of %1 is past its next update (%2): ask the authority "
                    "for a current one. Certificates revoked since may still verify.")
                     .arg(list.issuer(), timeText(list.nextUpdate()));
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

} // namespace clearroom::ui
