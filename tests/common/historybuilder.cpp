// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "historybuilder.h"

#include "process.h"

#include <QFile>

#include <random>

namespace clearroom::test {

namespace {

void appendData(QByteArray &stream, const QByteArray &bytes)
{
    stream += "data " + QByteArray::number(bytes.size()) + '\n' + bytes + '\n';
}

const QByteArray scratchBranch = "refs/heads/__history_builder";

// fast-import takes a path as it is unless it starts with '"' or holds a newline.
QByteArray importPath(const QByteArray &path)
{
    if (!path.startsWith('"') && !path.contains('\n'))
        return path;
    QByteArray quoted = "\"";
    for (const char c : path) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c == '\n' ? QByteArray("\\n") : QByteArray(1, c);
    }
    return quoted + '"';
}

} // namespace

int HistoryBuilder::commit(const Commit &commit)
{
    const int number = int(m_files.size());
    if (commit.parents.isEmpty())
        m_stream += "reset " + scratchBranch + "\n\n";
    m_stream += "commit " + scratchBranch + '\n';
    m_stream += "mark :" + QByteArray::number(number + 1) + '\n';
    const QByteArray when = ' ' + QByteArray::number(commit.time) + ' ' + commit.zone + '\n';
    m_stream += "author " + commit.author + when;
    m_stream += "committer " + commit.committer + when;
    if (!commit.encoding.isEmpty())
        m_stream += "encoding " + commit.encoding + '\n';
    appendData(m_stream, commit.message);
    for (qsizetype i = 0; i < commit.parents.size(); ++i)
        m_stream += (i == 0 ? "from :" : "merge :") + QByteArray::number(commit.parents.at(i) + 1)
            + '\n';
    m_stream += "deleteall\n";
    for (auto file = commit.files.cbegin(); file != commit.files.cend(); ++file) {
        const QByteArray mode = commit.modes.value(file.key(), "100644");
        if (mode == "160000") {
            m_stream += "M 160000 " + file.value() + ' ' + importPath(file.key()) + '\n';
            continue;
        }
        m_stream += "M " + mode + " inline " + importPath(file.key()) + '\n';
        appendData(m_stream, file.value());
    }
    m_stream += '\n';
    m_files.append(commit.files);
    return number;
}

void HistoryBuilder::setBranch(const QByteArray &name, int commit)
{
    m_branches.append({name, commit});
}

bool HistoryBuilder::create(const QString &path, bool bare, QString *error) const
{
    const QByteArrayList environment = referenceGitEnvironment();
    const QByteArray repository = QFile::encodeName(path);
    const QByteArray head = m_branches.isEmpty() ? QByteArray("main") : m_branches.first().first;
    QByteArrayList init = {"init", "-q", "-b", head};
    if (bare)
        init.append("--bare");
    init.append(repository);
    ProcessResult result = runProcess("git", init, environment);
    QByteArray stream = m_stream;
    for (const auto &[name, commit] : m_branches)
        stream += "reset refs/heads/" + name + "\nfrom :" + QByteArray::number(commit + 1) + "\n\n";
    if (result.ok())
        result = fastImport(path, stream);
    if (result.ok())
        result
            = runProcess("git", {"-C", repository, "update-ref", "-d", scratchBranch}, environment);
    if (result.ok() && !bare)
        result = runProcess("git", {"-C", repository, "reset", "-q", "--hard"}, environment);
    if (!result.ok()) {
        *error = QStringLiteral("building the history failed: ")
            + QString::fromUtf8(result.standardError);
        return false;
    }
    return true;
}

HistoryBuilder HistoryBuilder::random(quint32 seed, int commits)
{
    // std::mt19937's output is fixed by the standard; its distributions are not.
    std::mt19937 random(seed);
    const auto pick = [&random](int n) { return int(random() % quint32(n)); };
    const QByteArrayList names = {"README",       "src/a.c",       "src/b.c",   "src/util/c.h",
                                  "src/util/d.h", "doc/guide.txt", "doc/e.txt", "f.txt"};
    const QByteArrayList zones = {"+0000", "+0200", "-0700", "+0530", "-0130"};

    HistoryBuilder history;
    int counter = 0;
    const auto content = [&](const QByteArray &name) {
        QByteArray text;
        const int lines = 6 + pick(10);
        for (int i = 0; i < lines; ++i)
            text += name + " line " + QByteArray::number(i) + " of " + QByteArray::number(counter)
                + '\n';
        return text;
    };
    const auto changeOne = [&](Files &files) {
        const QByteArray path = files.keys().at(pick(int(files.size())));
        QByteArrayList lines = files[path].split('\n');
        lines[pick(int(lines.size()))] = "changed " + QByteArray::number(++counter);
        files[path] = lines.join('\n');
    };

    qint64 time = 1700000000;
    const auto nextTime = [&] {
        const int kind = pick(20);
        if (kind == 0)
            time -= 5000; // a clock that went backwards
        else if (kind > 3)
            time += 1 + pick(600); // else: the same second as before
        return time;
    };

    Commit root;
    for (const QByteArray &name : names.mid(0, 4))
        root.files.insert(name, content(name));
    root.time = nextTime();
    root.message = "Initial import\n";
    QVector<int> heads = {history.commit(root)};
    QByteArrayList removed;

    while (history.size() < commits) {
        const int action = pick(10);
        const int headIndex = pick(int(heads.size()));
        Commit commit;
        commit.time = nextTime();
        commit.zone = zones.at(pick(int(zones.size())));
        commit.message = "Change " + QByteArray::number(history.size()) + '\n';
        if (pick(4) == 0)
            commit.message += "\nA body line.\nAnother one.\n";
        if (action == 0 && heads.size() < 4) {
            heads.append(heads.at(headIndex)); // a new branch
            continue;
        }
        int other = pick(int(heads.size()));
        if (other == headIndex)
            other = (other + 1) % int(heads.size());
        if (action <= 2 && heads.size() > 1 && heads.at(other) != heads.at(headIndex)) {
            const Files &mine = history.files(heads.at(headIndex));
            const Files &theirs = history.files(heads.at(other));
            commit.parents = {heads.at(headIndex), heads.at(other)};
            commit.message = "Merge " + QByteArray::number(history.size()) + '\n';
            switch (pick(4)) {
            case 0: // keeps the first parent's tree
                commit.files = mine;
                break;
            case 1: // keeps the second parent's tree
                commit.files = theirs;
                break;
            default: { // each file from one side; sometimes also an evil change
                Files all = mine;
                for (auto file = theirs.cbegin(); file != theirs.cend(); ++file)
                    all.insert(file.key(), file.value());
                for (const QByteArray &path : all.keys()) {
                    const Files &side = pick(2) ? mine : theirs;
                    if (side.contains(path))
                        commit.files.insert(path, side.value(path));
                }
                if (commit.files.isEmpty())
                    commit.files = mine;
                if (pick(3) == 0)
                    changeOne(commit.files);
            }
            }
            heads[headIndex] = history.commit(commit);
            if (pick(2) == 0)
                heads.remove(other);
            continue;
        }
        Files files = history.files(heads.at(headIndex));
        commit.parents = {heads.at(headIndex)};
        switch (pick(6)) {
        case 0: { // add a file, or bring back a removed one
            QByteArray path = !removed.isEmpty() && pick(2)
                ? removed.takeAt(pick(int(removed.size())))
                : names.at(pick(int(names.size())));
            files.insert(path, content(path));
            break;
        }
        case 1: // delete a file
            if (files.size() > 2) {
                const QByteArray path = files.keys().at(pick(int(files.size())));
                files.remove(path);
                removed.append(path);
            } else {
                changeOne(files);
            }
            break;
        case 2: { // rename with a small edit
            const QByteArray from = files.keys().at(pick(int(files.size())));
            const QByteArray to
                = names.at(pick(int(names.size()))) + ".moved" + QByteArray::number(history.size());
            files.insert(to, files.take(from) + "one more line\n");
            removed.append(from);
            break;
        }
        default:
            changeOne(files);
            if (pick(3) == 0)
                changeOne(files);
        }
        commit.files = files;
        heads[headIndex] = history.commit(commit);
    }
    history.setBranch("main", heads.first());
    for (qsizetype i = 1; i < heads.size(); ++i)
        history.setBranch("branch" + QByteArray::number(i), heads.at(i));
    return history;
}

QByteArray writeRawCommit(const QString &path, const QByteArray &content)
{
    const QString file = path + QStringLiteral(".raw-commit");
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        return {};
    out.close();
    const ProcessResult result
        = runProcess("sh",
                     {"-c", "git -C \"$0\" hash-object -t commit --literally -w --stdin < \"$1\"",
                      QFile::encodeName(path), QFile::encodeName(file)},
                     referenceGitEnvironment());
    QFile::remove(file);
    return result.ok() ? result.standardOutput.trimmed() : QByteArray();
}

} // namespace clearroom::test
