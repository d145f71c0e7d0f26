// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "searchpanel.h"

#include "pathspec.h"
#include "searchresultsmodel.h"
#include "treegrep.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeView>
#include <functional>

namespace clearroom::ui {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_pattern(new QLineEdit(this))
    , m_syntax(new QComboBox(this))
    , m_ignoreCase(new QCheckBox(tr("Ignore case"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_paths(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_hiddenButton(new QPushButton(tr("Find hidden characters"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeView(this))
    , m_model(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_pattern->setPlaceholderText(tr("Search the whole tree (regular expression or text)"));
    m_syntax->addItem(tr("Basic regular expression"), int(git::SearchPattern::Syntax::Basic));
    m_syntax->addItem(tr("Extended regular expression"), int(git::SearchPattern::Syntax::Extended));
    m_syntax->addItem(tr("Fixed text"), int(git::SearchPattern::Syntax::Fixed));
    m_syntax->setCurrentIndex(1);
    m_paths->setPlaceholderText(tr("Paths, e.g. src *.c (all when empty)"));
    m_hiddenButton->setToolTip(tr("Finds bidirectional controls and invisible characters "
                                  "(Trojan Source, CVE-2021-42574) in every file"));
    m_cancelButton->setEnabled(false);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setUniformRowHeights(true);
    m_results->setFont(QFont(QStringLiteral("monospace")));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pattern, 0, 0, 1, 3);
    layout->addWidget(m_syntax, 0, 3);
    layout->addWidget(m_searchButton, 0, 4);
    layout->addWidget(m_cancelButton, 0, 5);
    layout->addWidget(m_paths, 1, 0);
    layout->addWidget(m_ignoreCase, 1, 1);
    layout->addWidget(m_wholeWords, 1, 2);
    layout->addWidget(m_hiddenButton, 1, 3, 1, 3);
    layout->addWidget(m_progress, 2, 0, 1, 6);
    layout->addWidget(m_status, 3, 0, 1, 6);
    layout->addWidget(m_results, 4, 0, 1, 6);
    layout->setColumnStretch(0, 1);

    connect(m_pattern, &QLineEdit::returnPressed, this, &SearchPanel::startFromControls);
    connect(m_paths, &QLineEdit::returnPressed, this, &SearchPanel::startFromControls);
    connect(m_searchButton, &QPushButton::clicked, this, &SearchPanel::startFromControls);
    connect(m_cancelButton, &QPushButton::clicked, this, &SearchPanel::cancel);
    connect(m_hiddenButton, &QPushButton::clicked, this, &SearchPanel::searchHiddenCharacters);
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SearchResultsModel::PathRole).toByteArray(),
                             index.data(SearchResultsModel::LineRole).toLongLong());
    });
    connect(m_results, &QTreeView::clicked, m_results, &QTreeView::activated);
    m_status->setText(tr("Open a repository to search it."));
}

SearchPanel::~SearchPanel()
{
    // m_runs waits for the workers: they report to this object.
}

void SearchPanel::setTarget(const QString &repositoryPath, const git::ObjectId &tree,
                            const QString &revision)
{
    cancel();
    m_repositoryPath = repositoryPath;
    m_tree = tree;
    m_revision = revision;
    m_model->clear();
    m_status->setText(tr("Searches %1.").arg(revision));
}

void SearchPanel::clearTarget(const QString &status)
{
    cancel();
    m_repositoryPath.clear();
    m_tree = git::ObjectId();
    m_revision.clear();
    m_model->clear();
    m_status->setText(status);
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::startFromControls()
{
    const QByteArray text = m_pattern->text().toUtf8();
    if (text.isEmpty())
        return;
    git::SearchPattern pattern;
    pattern.patterns = {text};
    pattern.syntax = git::SearchPattern::Syntax(m_syntax->currentData().toInt());
    pattern.ignoreCase = m_ignoreCase->isChecked();
    pattern.wholeWords = m_wholeWords->isChecked();
    QByteArrayList paths;
    for (const QString &path : m_paths->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        paths.append(path.toUtf8());
    search(pattern, paths);
}

void SearchPanel::searchHiddenCharacters()
{
    git::SearchPattern pattern;
    pattern.syntax = git::SearchPattern::Syntax::Fixed;
    // The UTF-8 bytes of each character TextContent calls suspicious; tag characters
    // (U+E0000-E007F) by their common first three bytes.
    for (const char16_t codePoint :
         {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
          0x200E, 0x200F, 0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062,
          0x2063, 0x2064, 0xFEFF, 0x00AD, 0x180E, 0x3164, 0xFFA0, 0x115F, 0x1160}) {
        // Not QString::fromUcs4: it would take U+FEFF for a byte order mark and drop it,
        // leaving an empty pattern that matches every line.
        pattern.patterns.append(QString(QChar(char16_t(codePoint))).toUtf8());
    }
    pattern.patterns.append(QByteArray("\xf3\xa0\x80"));
    pattern.patterns.append(QByteArray("\xf3\xa0\x81"));
    search(pattern, {});
}

void SearchPanel::search(const git::SearchPattern &pattern, const QByteArrayList &pathspecs)
{
    if (m_tree.isNull())
        return;
    // Paths as the user typed them: magic, "./" and ".." as git reads them, and a clear
    // message for one that cannot name anything in the tree.
    auto parsedPaths = git::Pathspec::parse(pathspecs);
    cancel(); // a search still under way ends with its current file; its reports are dropped
    m_model->clear();
    if (!parsedPaths) {
        m_status->setText(parsedPaths.errorMessage());
        return;
    }
    const git::Pathspec paths = *parsedPaths;
    m_searchButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Searching %1…").arg(m_revision));

    const QString path = m_repositoryPath;
    const git::ObjectId tree = m_tree;
    m_runs.start([path, tree, pattern, paths](const std::atomic<bool> &cancel,
                                              const WorkerRuns<SearchPanel>::Post &post) {
        git::TreeGrep grep(path, tree, pattern, paths);
        grep.setCancelFlag(&cancel);
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        grep.setProgressCallback([&sinceProgress, post](qint64 searched, qint64 total) {
            if (sinceProgress.elapsed() < 50 && searched < total)
                return; // a few reports a second are enough for a progress bar
            sinceProgress.restart();
            post([searched, total](SearchPanel *panel) {
                panel->m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                panel->m_progress->setValue(int(qMin<qint64>(searched, INT_MAX)));
            });
        });
        const auto summary = grep.run([post](const git::GrepFileMatches &file) {
            post([file](SearchPanel *panel) { panel->m_model->append(file); });
            return true;
        });
        post([summary](SearchPanel *panel) {
            if (!summary) {
                panel->finish(summary.errorMessage());
                return;
            }
            panel->finish(tr("%1 in %2 of %Ln file(s) of %3.", nullptr,
                             int(qMin<qint64>(summary->filesTotal, INT_MAX)))
                              .arg(tr("%Ln matching line(s)", nullptr,
                                      int(qMin<qint64>(panel->m_model->lineCount(), INT_MAX))))
                              .arg(QLocale().toString(summary->filesMatched))
                              .arg(panel->m_revision));
        });
    });
}

void SearchPanel::cancel()
{
    if (!m_runs.isRunning())
        return;
    m_runs.cancel();
    finish(tr("Search cancelled."));
}

void SearchPanel::finish(const QString &status)
{
    m_runs.finish();
    m_searchButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_progress->hide();
    m_status->setText(status);
    Q_EMIT finished();
}

} // namespace clearroom::ui
