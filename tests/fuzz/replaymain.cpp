// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The main of a fuzz target in an ordinary build: runs every file of its seed corpus
// (the folders given as arguments, or corpus/<target>/ of the source tree) through
// LLVMFuzzerTestOneInput once. It fails when a folder is missing or holds no input, so
// that a lost corpus cannot pass; a crash or a broken invariant aborts it.
#include "fuzzapplication.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QStringList folders;
    for (int i = 1; i < argc; ++i)
        folders.append(QFile::decodeName(argv[i]));
    if (folders.isEmpty())
        folders.append(QStringLiteral(CLEARROOM_FUZZ_CORPUS));
    LLVMFuzzerInitialize(&argc, &argv);

    QStringList files;
    for (const QString &folder : folders) {
        if (!QFileInfo(folder).isDir()) {
            std::fprintf(stderr, "FAIL: the corpus folder %s does not exist\n", qPrintable(folder));
            return 1;
        }
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        if (found.isEmpty()) {
            std::fprintf(stderr, "FAIL: the corpus folder %s holds no input\n", qPrintable(folder));
            return 1;
        }
        std::sort(found.begin(), found.end());
        files += found;
    }
    for (const QString &fileName : files) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "FAIL: cannot read %s: %s\n", qPrintable(fileName),
                         qPrintable(file.errorString()));
            return 1;
        }
        const QByteArray content = file.readAll();
        // A buffer of exactly the input's size, as libFuzzer passes it.
        const std::vector<std::uint8_t> input(content.cbegin(), content.cend());
        LLVMFuzzerTestOneInput(input.data(), input.size());
        std::printf("PASS   : %s (%zu bytes)\n", qPrintable(QFileInfo(fileName).fileName()),
                    input.size());
    }
    std::printf("Totals: %lld inputs replayed\n", static_cast<long long>(files.size()));
    return 0;
}
