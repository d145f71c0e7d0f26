// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packageintake.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QTableView;

namespace clearroom::ui {

class ImportRowsModel;
class LeadSession;

/// Importing auditors' packages: shows the work while the session verifies and reads
/// them on its worker, then a row per package with its verdict and reason.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(LeadSession *session, QWidget *parent = nullptr);

    /// Starts importing `files` through the session.
    void start(const QStringList &files);
    ImportRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

Q_SIGNALS:
    /// The rows are on display (or the import failed).
    void finished();

private:
    void showRows(const QVector<package::IntakeRow> &rows);
    void showFailure(const QString &message);

    LeadSession *m_session;
    ImportRowsModel *m_model;
    QTableView *m_view;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace clearroom::ui
