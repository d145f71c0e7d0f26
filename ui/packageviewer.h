// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "openedpackage.h"
#include "workerruns.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTreeView;

namespace clearroom::ui {

class MarkdownView;
class PackageEntriesModel;
class PackageFindingsModel;
class ReportView;

/// A package opened read-only: verified against a trust configuration (or only
/// inspected, under a banner saying so), its manifest summarised, its findings listed
/// with their details, its report shown, and its entries.
class PackageViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PackageViewer(QWidget *parent = nullptr);

    /// Opens `fileName` off the GUI thread, verified against the trust configuration at
    /// `trustPath` (a folder or a CA file), or only inspected when it is empty.
    void open(const QString &fileName, const QString &trustPath);

    bool isVerified() const { return m_package && m_package->verdict.has_value(); }
    QString bannerText() const;
    /// The value shown for a line of the summary ("Signer", ...), or "".
    QString summaryValue(const QString &label) const;
    PackageFindingsModel *findingsModel() const { return m_findings; }
    QTreeView *findingsView() const { return m_findingsView; }
    MarkdownView *detailsView() const { return m_details; }
    ReportView *reportView() const { return m_report; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    void display(const OpenedPackage &package);
    /// Says why the package was not opened (in the banner and with failed()).
    void notOpened(const QString &message);
    void addSummary(const QString &label, const QString &value);
    void showFinding(const QModelIndex &index);
    void setBanner(const QString &text, const QString &style);

    QLabel *m_banner;
    QFormLayout *m_summary;
    QTabWidget *m_tabs;
    PackageFindingsModel *m_findings;
    QTreeView *m_findingsView;
    MarkdownView *m_details;
    ReportView *m_report;
    PackageEntriesModel *m_entries;
    QTreeView *m_entriesView;
    std::optional<OpenedPackage> m_package;
    WorkerRuns<PackageViewer> m_runs;
};

} // namespace clearroom::ui
