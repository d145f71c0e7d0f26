// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "auditchain.h"

#include <QCryptographicHash>

namespace clearroom::test {

QByteArrayList auditChainHashes(const QByteArrayList &lines)
{
    QByteArrayList hashes;
    QByteArray previous(64, '0');
    for (const QByteArray &line : lines) {
        const QByteArray input = previous + '\n' + line;
        previous = QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex();
        hashes.append(previous);
    }
    return hashes;
}

QString auditExportViolation(const QByteArray &exportWithHashes)
{
    if (!exportWithHashes.endsWith('\n'))
        return QStringLiteral("the export does not end with a newline");
    QByteArrayList rows = exportWithHashes.split('\n');
    rows.removeLast();
    QByteArrayList hashes;
    QByteArrayList lines;
    for (const QByteArray &row : std::as_const(rows)) {
        if (row.size() < 66 || row.at(64) != ' ')
            return QStringLiteral("'%1' is not a hash and a line").arg(QString::fromUtf8(row));
        hashes.append(row.left(64));
        lines.append(row.mid(65));
    }
    const QByteArrayList expected = auditChainHashes(lines);
    for (int i = 0; i < hashes.size(); ++i) {
        if (hashes.at(i) != expected.at(i)) {
            return QStringLiteral("entry %1 has hash %2, but the rule gives %3")
                .arg(i + 1)
                .arg(QString::fromLatin1(hashes.at(i)), QString::fromLatin1(expected.at(i)));
        }
    }
    return {};
}

} // namespace clearroom::test
