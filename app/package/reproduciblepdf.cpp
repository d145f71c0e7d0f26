// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reproduciblepdf.h"

#include "sha256.h"

#include <QVector>

#include <algorithm>
#include <cstring>
#include <optional>

namespace clearroom::package {

namespace {

// One cross-reference entry is exactly 20 bytes: "oooooooooo ggggg n" and a two-byte EOL.
constexpr int EntrySize = 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// A non-negative decimal number at `at` (after white space); `at` moves past it.
std::optional<qint64> number(const QByteArray &data, qsizetype &at)
{
    while (at < data.size() && isSpace(data.at(at)))
        ++at;
    const qsizetype start = at;
    qint64 value = 0;
    while (at < data.size() && data.at(at) >= '0' && data.at(at) <= '9' && at - start < 12)
        value = value * 10 + (data.at(at++) - '0');
    if (at == start)
        return std::nullopt;
    return value;
}

struct Replacement
{
    qsizetype at; // in the original document
    qsizetype length;
    QByteArray bytes;
};

} // namespace

QByteArray ReproduciblePdf::pdfDate(const QDateTime &time)
{
    return "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

Result<QByteArray> ReproduciblePdf::fix(const QByteArray &pdf, const QDateTime &created)
{
    const auto broken = [](const QString &what) {
        return Error {tr("The PDF that Qt wrote has an unexpected structure (%1); it was not "
                         "made reproducible.")
                          .arg(what)};
    };

    // The cross-reference table, from the last startxref.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return broken(QStringLiteral("no startxref"));
    qsizetype at = startxref + 9;
    const auto xref = number(pdf, at);
    if (!xref || *xref >= startxref || !pdf.mid(*xref, 4).startsWith("xref"))
        return broken(QStringLiteral("no cross-reference table where startxref points"));
    at = *xref + 4;
    const auto first = number(pdf, at);
    const auto count = number(pdf, at);
    if (!first || *first != 0 || !count || *count < 1)
        return broken(QStringLiteral("not one cross-reference section from object 0"));
    while (at < pdf.size() && (pdf.at(at) == ' ' || pdf.at(at) == '\r' || pdf.at(at) == '\n'))
        ++at;
    const qsizetype entries = at;
    const qsizetype entriesEnd = entries + *count * EntrySize;
    if (entriesEnd > startxref)
        return broken(QStringLiteral("a cross-reference table longer than the file"));
    QVector<qint64> offsets;
    offsets.reserve(int(*count));
    for (qint64 i = 0; i < *count; ++i) {
        const char *entry = pdf.constData() + entries + i * EntrySize;
        qsizetype digitAt = entries + i * EntrySize;
        const auto offset = number(pdf, digitAt);
        if (!offset || digitAt != entries + i * EntrySize + 10
            || (entry[17] != 'n' && entry[17] != 'f'))
            return broken(QStringLiteral("cross-reference entry %1").arg(i));
        offsets.append(entry[17] == 'n' ? *offset : -1);
    }
    const qsizetype trailer = pdf.indexOf("trailer", entriesEnd);
    if (trailer < 0 || trailer > startxref)
        return broken(QStringLiteral("no trailer"));

    QVector<Replacement> replacements;

    // The creation date in the document information dictionary the trailer names.
    const qsizetype infoKey = pdf.indexOf("/Info", trailer);
    if (infoKey >= 0 && infoKey < startxref) {
        qsizetype infoAt = infoKey + 5;
        const auto info = number(pdf, infoAt);
        if (!info || *info <= 0 || *info >= offsets.size() || offsets.at(int(*info)) < 0)
            return broken(QStringLiteral("no document information object"));
        const qsizetype object = offsets.at(int(*info));
        const qsizetype objectEnd = pdf.indexOf("endobj", object);
        const qsizetype key = pdf.indexOf("/CreationDate (", object);
        if (key >= 0 && key < objectEnd) {
            const qsizetype value = key + 15;
            const qsizetype close = pdf.indexOf(')', value);
            if (close < 0 || close > objectEnd)
                return broken(QStringLiteral("an unterminated creation date"));
            replacements.append({value, close - value, pdfDate(created)});
        }
    }

    // Copy with the replacements; objects after a replacement move by its change in length.
    QByteArray out;
    out.reserve(pdf.size() + 64);
    qsizetype copied = 0;
    for (const Replacement &replacement : replacements) {
        out.append(pdf.constData() + copied, replacement.at - copied);
        out.append(replacement.bytes);
        copied = replacement.at + replacement.length;
    }
    out.append(pdf.constData() + copied, startxref - copied);
    const auto moved = [&replacements](qint64 offset) {
        qint64 shift = 0;
        for (const Replacement &replacement : replacements) {
            if (replacement.at < offset)
                shift += replacement.bytes.size() - replacement.length;
        }
        return offset + shift;
    };
    const qint64 newXref = moved(*xref);
    for (int i = 0; i < offsets.size(); ++i) {
        if (offsets.at(i) < 0)
            continue;
        const QByteArray digits = QByteArray::number(moved(offsets.at(i))).rightJustified(10, '0');
        if (digits.size() != 10)
            return broken(QStringLiteral("an offset of more than ten digits"));
        std::memcpy(out.data() + moved(entries) + qsizetype(i) * EntrySize, digits.constData(), 10);
    }
    out.append("startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n");

    // The document id: a digest of the document with the id zeroed.
    const qsizetype newTrailer = moved(trailer);
    const qsizetype idKey = out.indexOf("/ID", newTrailer);
    if (idKey >= 0) {
        const qsizetype open1 = out.indexOf('<', idKey);
        const qsizetype close1 = out.indexOf('>', open1);
        const qsizetype open2 = out.indexOf('<', close1);
        const qsizetype close2 = out.indexOf('>', open2);
        if (open1 < 0 || close1 < 0 || open2 < 0 || close2 < 0 || close1 - open1 != close2 - open2
            || close1 - open1 - 1 > 64)
            return broken(QStringLiteral("a document id that is not two hex strings"));
        const qsizetype digits = close1 - open1 - 1;
        std::fill(out.begin() + open1 + 1, out.begin() + close1, '0');
        std::fill(out.begin() + open2 + 1, out.begin() + close2, '0');
        const QByteArray id
            = crypto::Sha256::hexOf(std::string_view(out.constData(), size_t(out.size())))
                  .left(digits);
        std::copy(id.begin(), id.end(), out.begin() + open1 + 1);
        std::copy(id.begin(), id.end(), out.begin() + open2 + 1);
    }
    return out;
}

} // namespace clearroom::package
