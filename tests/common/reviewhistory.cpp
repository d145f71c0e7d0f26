// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reviewhistory.h"

namespace clearroom::test {

QByteArray numberedLines(const QByteArray &name, int lines)
{
    QByteArray text;
    for (int n = 1; n <= lines; ++n) {
        const QByteArray number = QByteArray::number(n);
        text += "int " + name + '_' + number + " = " + number + ";\n";
    }
    return text;
}

HistoryBuilder reviewHistory()
{
    HistoryBuilder history;
    HistoryBuilder::Commit base;
    base.files = {{"src/main.c", numberedLines("main", 20)},
                  {"src/util.c", numberedLines("util", 10)},
                  {"src/old_name.c", numberedLines("renamed", 8)},
                  {"src/gone.c", numberedLines("gone", 6)},
                  {"src/shuffle.c", numberedLines("shuffle", 12)},
                  {"README.md", "# Review fixture\n\nA repository for review tests.\n"},
                  {"docs/caf\xe9.txt", "A name in Latin-1,\nnot UTF-8.\n"}};
    base.message = "base\n";
    const int first = history.commit(base);

    HistoryBuilder::Commit next = base;
    next.parents = {first};
    next.time += 3600;
    next.message = "next\n";
    QByteArrayList main = numberedLines("main", 20).split('\n');
    main.removeLast(); // after the last newline
    main[11] = "int main_12 = 1200;";
    main.insert(16, "int inserted = 0;");
    main = QByteArrayList {"// header 1", "// header 2"} + main;
    next.files.insert("src/main.c", main.join('\n') + '\n');
    next.files.insert("src/new_name.c", next.files.take("src/old_name.c"));
    next.files.remove("src/gone.c");
    QByteArrayList shuffle = numberedLines("shuffle", 12).split('\n');
    shuffle.removeLast();
    const QByteArrayList moved = shuffle.mid(1, 3);
    shuffle = shuffle.mid(0, 1) + shuffle.mid(4) + moved;
    next.files.insert("src/shuffle.c", shuffle.join('\n') + '\n');
    const int second = history.commit(next);

    HistoryBuilder::Commit later = next;
    later.parents = {second};
    later.time += 3600;
    later.message = "later\n";
    later.files.insert("README.md", "# Review fixture\n\nA repository for review tests, later.\n");
    const int third = history.commit(later);

    history.setBranch("main", second); // the first branch set is HEAD
    history.setBranch("base", first);
    history.setBranch("later", third);
    return history;
}

} // namespace clearroom::test
