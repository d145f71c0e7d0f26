// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageviewer.h"

#include "exportpreview.h"
#include "findingdetails.h"
#include "markdownview.h"
#include "packageentriesmodel.h"
#include "packagefindingsmodel.h"
#include "pathquote.h"
#include "reportview.h"
#include "sourcepackage.h"
#include "transferreceipt.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace clearroom::ui {

namespace {

const QString VerifiedStyle = QStringLiteral(
    "background: #dff0d8; color: #1e4620; padding: 8px; border: 1px solid #7cb26f;");
const QString UnverifiedStyle = QStringLiteral(
    "background: #fff3cd; color: #5c4400; padding: 8px; border: 2px solid #d39e00; "
    "font-weight: bold;");
const QString FailedStyle = QStringLiteral(
    "background: #f8d7da; color: #721c24; padding: 8px; border: 2px solid #c82333; "
    "font-weight: bold;");

QTreeView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setModel(model);
    return view;
}

// A finding of the package in full, as Markdown in which nothing of the package is
// markup but its description, recommendation and comments (Markdown as their authors
// wrote them): what it is, where, the code that left the room with it, the comments.
QString findingMarkdown(const package::PackageFinding &packaged)
{
    const review::Finding &finding = packaged.finding;
    const auto plain = [](const QString &text) {
        return MarkdownView::escaped(git::displayBytes(text.toUtf8()));
    };
    QStringList facts = clearroom::ui::FindingDetails::factLines(finding);
    for (QString &line : facts)
        line = MarkdownView::escaped(line);

    QString markdown = QStringLiteral("### ") + plain(finding.title) + QStringLiteral("\n\n")
        + facts.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");
    markdown += finding.description.trimmed().isEmpty()
        ? clearroom::ui::FindingDetails::tr("*No description.*")
        : finding.description;
    if (!finding.recommendation.trimmed().isEmpty()) {
        markdown += QStringLiteral("\n\n---\n\n**")
            + clearroom::ui::PackageViewer::tr("Recommendation") + QStringLiteral("**\n\n")
            + finding.recommendation;
    }
    if (!packaged.excerpts.isEmpty()) {
        markdown += QStringLiteral("\n\n---\n\n**")
            + clearroom::ui::PackageViewer::tr("Code that left the room")
            + QStringLiteral("**\n\n");
        for (const package::Excerpt &excerpt : packaged.excerpts) {
            markdown += plain(package::ExportPreview::locationText(
                            excerpt.path, excerpt.findingFirstLine, excerpt.findingLastLine))
                + QStringLiteral("\n\n")
                + MarkdownView::codeBlock(package::ExportPreview::excerptText(excerpt, {}))
                + QLatin1Char('\n');
        }
    }
    if (!packaged.comments.isEmpty()) {
        markdown += QStringLiteral("\n\n---\n\n**")
            + clearroom::ui::FindingDetails::tr("Comments (%1)").arg(packaged.comments.size())
            + QStringLiteral("**\n\n");
        for (const review::Comment &comment : packaged.comments) {
            // The author and time as plain text: Markdown from the comment cannot forge them.
            markdown
                += QStringLiteral("**%1** · %2\n\n%3\n\n")
                       .arg(plain(comment.author),
                            QLocale().toString(comment.created.toLocalTime(), QLocale::ShortFormat),
                            comment.body);
        }
    }
    return markdown;
}

} // namespace

PackageViewer::PackageViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_banner(new QLabel(this))
    , m_summary(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_findings(new PackageFindingsModel(this))
    , m_details(new MarkdownView(this))
    , m_report(new ReportView(this))
    , m_entries(new PackageEntriesModel(this))
    , m_runs(this, &PackageViewer::notOpened)
{
    setObjectName(QStringLiteral("packageViewer"));
    setWindowTitle(tr("Package"));
    m_banner->setObjectName(QStringLiteral("packageBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findingsView = tableView(m_findings, this);
    m_findingsView->setObjectName(QStringLiteral("packageFindings"));
    m_findingsView->header()->setSectionResizeMode(PackageFindingsModel::Title,
                                                   QHeaderView::Stretch);
    m_findingsView->header()->setStretchLastSection(false);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PackageViewer::showFinding);
    auto *findings = new QSplitter(Qt::Vertical, this);
    findings->addWidget(m_findingsView);
    findings->addWidget(m_details);
    // The finding read in full, with its code, needs more room than the list.
    findings->setSizes({200, 300});
    m_entriesView = tableView(m_entries, this);
    m_entriesView->header()->setSectionResizeMode(PackageEntriesModel::Name, QHeaderView::Stretch);
    m_entriesView->header()->setStretchLastSection(false);
    m_tabs->addTab(findings, tr("&Findings"));
    m_tabs->addTab(m_report, tr("&Report"));
    m_tabs->addTab(m_entriesView, tr("&Entries"));
    m_tabs->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_summary);
    layout->addWidget(m_tabs, 1);
    resize(980, 720);
}

void PackageViewer::setBanner(const QString &text, const QString &style)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(style);
}

QString PackageViewer::bannerText() const
{
    return m_banner->text();
}

void PackageViewer::open(const QString &fileName, const QString &trustPath)
{
    setWindowTitle(tr("Package %1").arg(QFileInfo(fileName).fileName()));
    setBanner(trustPath.isEmpty() ? tr("Reading %1…").arg(fileName)
                                  : tr("Verifying %1 against %2…").arg(fileName, trustPath),
              QString());
    m_runs.start([fileName, trustPath](const std::atomic<bool> &, const auto &post) {
        std::optional<package::TrustConfiguration> trust;
        Result<OpenedPackage> opened = Error {};
        if (!trustPath.isEmpty()) {
            auto loaded = package::TrustConfiguration::load(trustPath);
            if (loaded)
                trust = *loaded;
            else
                opened = loaded.error();
        }
        if (trustPath.isEmpty() || trust)
            opened = OpenedPackage::open(fileName, trust);
        post([opened](PackageViewer *viewer) {
            viewer->m_runs.finish();
            if (!opened) {
                viewer->notOpened(opened.errorMessage());
                return;
            }
            viewer->display(*opened);
        });
    });
}

void PackageViewer::notOpened(const QString &message)
{
    m_runs.finish();
    setBanner(tr("Not opened: %1").arg(message), FailedStyle);
    Q_EMIT failed(message);
}

void PackageViewer::addSummary(const QString &label, const QString &value)
{
    auto *field = new QLabel(value, this);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    field->setObjectName(label);
    m_summary->addRow(label + QLatin1Char(':'), field);
}

QString PackageViewer::summaryValue(const QString &label) const
{
    const auto *field = findChild<QLabel *>(label);
    return field ? field->text() : QString();
}

void PackageViewer::display(const OpenedPackage &package)
{
    m_package = package;
    const package::Manifest &manifest = package.manifest;
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    if (package.verdict) {
        const crypto::VerifiedSignature &signature = package.verdict->signature;
        QString text = tr("Verified against %1: signed by %2, every entry as signed.")
                           .arg(package.trustSource, signature.signer.subject());
        for (const QString &notice : signature.notices)
            text += QLatin1Char('\n') + tr("Notice: %1").arg(notice);
        for (const QString &warning : signature.warnings)
            text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
        setBanner(text, signature.warnings.isEmpty() ? VerifiedStyle : UnverifiedStyle);
    } else {
        setBanner(tr("NOT VERIFIED: shown as the package says it is. Nothing here is checked: "
                     "not the signature, not the signer, not a single digest. Open it with "
                     "the authority's trust configuration to verify it."),
                  UnverifiedStyle);
    }
    const auto text = [](const QJsonValue &value) { return PackageFindingsModel::shown(value); };
    addSummary(tr("Signer"),
               package.verdict ? package.verdict->signature.signer.subject()
                               : tr("%1 (as the manifest names it)")
                                     .arg(text(manifest.signer.value(QStringLiteral("subject")))));
    addSummary(
        tr("Signed at"),
        package.verdict
            ? package.verdict->signature.signingTime.toString(Qt::ISODate)
            : tr("%1 (created, as the manifest says)").arg(manifest.created.toString(Qt::ISODate)));
    addSummary(tr("Meaning"), PackageFindingsModel::shown(manifest.meaning));
    addSummary(tr("Review"), text(manifest.review.value(QStringLiteral("name"))));
    const QJsonObject policy = manifest.egressPolicy;
    QString policyText = text(policy.value(QStringLiteral("excerpts")));
    if (policy.value(QStringLiteral("context_lines")).toInt() > 0)
        policyText = tr("%1, %2 lines of context")
                         .arg(policyText)
                         .arg(policy.value(QStringLiteral("context_lines")).toInt());
    if (policy.contains(QStringLiteral("sha256")))
        policyText = tr("%1 (policy SHA-256 %2)")
                         .arg(policyText, text(policy.value(QStringLiteral("sha256"))));
    addSummary(tr("Egress policy"), policyText);
    addSummary(tr("Findings"),
               tr("%1 (%2)")
                   .arg(manifest.summary.value(QStringLiteral("findings")).toInt())
                   .arg(package::TransferReceipt::severityCounts(manifest)));
    addSummary(
        tr("Package"),
        tr("%1, %Ln entries", nullptr, int(manifest.entries.size()) + 2).arg(manifest.packageId));
    addSummary(tr("Previous package"),
               manifest.previousPackageId.isEmpty() ? tr("none") : manifest.previousPackageId);
    // A consolidated package: the auditors' packages inside, each with its own signer
    // (verified here with the outer package, or as the manifest names them).
    if (!manifest.sources.isEmpty()) {
        QStringList sources;
        if (package.verdict) {
            sources << tr("%n auditor package(s), each verified here with its own signature:",
                          nullptr, int(package.verdict->sources.size()));
            for (const package::PackageVerdict &source : package.verdict->sources)
                sources << tr("%1, signed at %2, package %3")
                               .arg(source.signature.signer.subject(),
                                    source.signature.signingTime.toString(Qt::ISODate),
                                    source.manifest.packageId);
        } else {
            sources << tr("%n auditor package(s), as the manifest names them:", nullptr,
                          int(manifest.sources.size()));
            for (const package::ManifestSource &source : manifest.sources)
                sources << tr("%1, signed at %2, package %3")
                               .arg(text(source.signer.value(QStringLiteral("subject"))),
                                    source.signedAt.toString(Qt::ISODate), source.packageId);
        }
        addSummary(tr("Sources"), sources.join(QLatin1Char('\n')));
    }

    m_findings->setFindings(package.findings);
    m_details->setMarkdownText(QString());
    QVector<PackageEntriesModel::Entry> entries;
    for (const package::ManifestEntry &entry : manifest.entries)
        entries.append({PackageFindingsModel::shown(entry.path), entry.size});
    m_entries->setEntries(entries);
    if (package.reportHtml.isEmpty())
        m_report->setPlainText(tr("This package has no report.html."));
    else
        m_report->setReport(package.reportHtml);
    m_tabs->setEnabled(true);
    if (m_findings->rowCount() > 0)
        m_findingsView->setCurrentIndex(m_findings->index(0, 0));
    Q_EMIT loaded();
}

void PackageViewer::showFinding(const QModelIndex &index)
{
    const QJsonObject finding = m_findings->finding(index.row());
    // Read as strictly as a lead reads a package; Markdown without HTML, nothing loaded.
    const auto packaged = package::SourcePackage::findingFromJson(
        finding, tr("finding %1 of findings.json").arg(index.row() + 1));
    if (packaged) {
        m_details->setMarkdownText(findingMarkdown(*packaged));
        return;
    }
    // Not as Clearroom writes it (an inspected package may be anything): the reason,
    // then its text as far as it can be read.
    QString markdown = MarkdownView::escaped(packaged.errorMessage()) + QStringLiteral("\n\n### ")
        + MarkdownView::escaped(finding.value(QStringLiteral("title")).toString())
        + QStringLiteral("\n\n") + finding.value(QStringLiteral("description")).toString();
    const QString recommendation = finding.value(QStringLiteral("recommendation")).toString();
    if (!recommendation.isEmpty())
        markdown += QStringLiteral("\n\n**") + tr("Recommendation") + QStringLiteral("**\n\n")
            + recommendation;
    m_details->setMarkdownText(markdown);
}

} // namespace clearroom::ui
