// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"
#include "workerruns.h"

#include <QObject>
#include <QVector>

namespace clearroom::ui {

class SourceView;

/// Blame in the code view's gutter: for each line the commit that last changed it, its
/// author and date, tinted by age, found exactly as `git blame` finds them. The lines on
/// screen are blamed first, then the rest of the file, on a worker thread with its own
/// repository handle; a click on a line's blame asks for that commit's changes.
class BlameController : public QObject
{
    Q_OBJECT

public:
    explicit BlameController(SourceView *view, QObject *parent = nullptr);
    ~BlameController() override;

    /// Blames `path` in `commit` for the text the view shows now.
    void start(const QString &repositoryPath, const git::ObjectId &commit, const QByteArray &path);
    /// Stops and hides the blame column.
    void stop();

    bool isRunning() const { return m_runs.isRunning(); }
    bool isActive() const { return m_active; }
    /// The commit guilty of a 0-based line, or null while unknown.
    git::ObjectId commitOfLine(int line) const;
    /// How many lines are blamed so far.
    int blamedLines() const { return m_blamedLines; }
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void commitClicked(const clearroom::git::ObjectId &commit);
    void finished();
    /// The blame ended early, its column hidden; errorText() says why (finished() follows).
    void failed(const QString &message);

private:
    /// Ends the run with `message` as its error.
    void fail(const QString &message);

    struct Origin
    {
        git::ObjectId commit;
        QString text;
        qint64 time = 0;
        bool boundary = false;
    };
    QColor tintOf(const Origin &origin) const;

    SourceView *m_view;
    bool m_active = false;
    QVector<int> m_lineOrigin; ///< -1 while unknown
    QVector<Origin> m_origins;
    qint64 m_referenceTime = 0;
    qint64 m_oldestTime = 0; ///< of the origins known so far
    int m_blamedLines = 0;
    QString m_error;
    WorkerRuns<BlameController> m_runs {this, &BlameController::fail};
};

} // namespace clearroom::ui
