// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "trustconfiguration.h"
#include "workerruns.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace clearroom::ui {

class RosterModel;

/// The trust configuration packages are checked against, shown for the security
/// officer: each CA certificate's subject and SHA-256 fingerprint (to compare out of
/// band with what the authority published), the roster, the egress policy, the officer
/// who signed the folder, and the revocation lists with the certificates they revoke,
/// with a warning for any past its next update.
class TrustView : public QWidget
{
    Q_OBJECT

public:
    explicit TrustView(QWidget *parent = nullptr);

    /// Loads a folder or a CA file off the GUI thread and shows it.
    void load(const QString &path);
    /// `now` decides which revocation lists are past their next update.
    void setConfiguration(const package::TrustConfiguration &trust,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// The warning about stale revocation lists, or "" when there is none.
    QString warningText() const;
    QString errorText() const;
    /// Everything shown above the roster, as text.
    QString detailsText() const;
    /// The roster's title, and what stands for it when there is none.
    QString rosterText() const;
    RosterModel *rosterModel() const { return m_roster; }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    /// Says why the configuration was not loaded (above the details and with failed()).
    void notLoaded(const QString &message);
    /// Shows `trust` with its description and warnings, made off the GUI thread.
    void display(const package::TrustConfiguration &trust, const QString &details,
                 const QStringList &stale);

    QLabel *m_warning;
    QLabel *m_error;
    QPlainTextEdit *m_details;
    RosterModel *m_roster;
    QLabel *m_rosterTitle;
    QTreeView *m_rosterView;
    WorkerRuns<TrustView> m_runs;
};

} // namespace clearroom::ui
