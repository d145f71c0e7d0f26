// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace clearroom::package {
struct PackageVerdict;
}

namespace clearroom::ui {

class ExportDialog;
class PackageViewer;
class TrustView;
class WorkspaceSession;

/// The package side of the Review menu: exporting the open review as a signed package
/// (then its transfer receipt), opening a package read-only, and showing a trust
/// configuration.
class PackageActions : public QObject
{
    Q_OBJECT

public:
    PackageActions(QWidget *window, WorkspaceSession *session, QMenu *menu);

    QAction *exportAction() const { return m_export; }
    /// Opens the export dialog (window-modal, not blocking) and returns it.
    ExportDialog *exportPackage();
    /// Opens a package read-only in a window of its own: verified against the trust
    /// configuration at `trustPath`, or only inspected when that is empty.
    PackageViewer *openPackage(const QString &fileName, const QString &trustPath);
    /// Shows the trust configuration at `path` (a folder or a CA file); it becomes the one
    /// chosen (trustPath()).
    TrustView *showTrust(const QString &path);
    /// The trust configuration the user chose last, or "".
    QString trustPath() const { return m_trustPath; }

Q_SIGNALS:
    /// A dialog was opened (tests drive it).
    void dialogOpened(QDialog *dialog);

private:
    void choosePackage();
    /// Where choosing a trust configuration starts: the one shown last, else the last one
    /// a package was opened against or made under ("" for none).
    QString lastTrustPath() const;
    /// `notRecorded`: why the workspace could not record the export, or "".
    void showReceipt(const QString &fileName, const package::PackageVerdict &verdict,
                     const QString &notRecorded);

    QWidget *m_window;
    WorkspaceSession *m_session;
    QAction *m_export;
    QPointer<ExportDialog> m_exportDialog;
    QString m_trustPath;
};

} // namespace clearroom::ui
