// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace clearroom::package {

/// Replaces what QPdfWriter takes from the clock and from random numbers in a PDF it
/// wrote, so that the same document gives the same bytes:
/// - the document information's /CreationDate (the clock, in the local time zone, so its
///   length varies) becomes `created` in UTC, "D:YYYYMMDDHHmmSSZ";
/// - the trailer's /ID (a random UUID in PDF/A mode) becomes the first 16 bytes of the
///   SHA-256 of the document with the id zeroed, as the PDF standard suggests (a digest
///   of the content);
/// and the cross-reference table and startxref follow what moved. Only the classic
/// cross-reference table Qt writes (one section from object 0) is understood; anything
/// else is refused rather than half rewritten.
class ReproduciblePdf
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ReproduciblePdf)

public:
    static Result<QByteArray> fix(const QByteArray &pdf, const QDateTime &created);
    /// `time` in UTC as a PDF date: "D:20260302103000Z".
    static QByteArray pdfDate(const QDateTime &time);
};

} // namespace clearroom::package
