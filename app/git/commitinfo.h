// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"

#include <QByteArray>
#include <QMetaType>
#include <QVector>

#include <optional>

namespace clearroom::git {

/// A person line of a commit ("NAME <EMAIL> SECONDS ZONE"), split the way git splits it:
/// the name ends before the first '<', the e-mail at the first '>' after it, and the date
/// follows the last '>'. Everything stays bytes, exactly as stored.
struct Signature
{
    QByteArray name; ///< without trailing white space
    QByteArray email;
    QByteArray seconds; ///< the digits as written; empty when the line has no usable date
    QByteArray zone; ///< e.g. "+0200" as written; empty when the line has no usable date
    bool isValid = false; ///< false when git finds no "<EMAIL>" in the line

    bool hasDate() const { return !seconds.isEmpty(); }
    /// The seconds since the epoch; nullopt without a date or beyond 64 bits.
    std::optional<quint64> time() const;
    /// The zone as the number git reads from it: "+0200" is 200, "-0130" is -130.
    long zoneNumber() const;
    /// The zone's offset from UTC in minutes ("-0130" is -90).
    int offsetMinutes() const;

    /// Splits the text after "author " or "committer " (without the line's newline).
    static Signature parse(const QByteArray &line);
};

/// What a history walk needs of a commit: its tree, its parents and its commit time.
struct CommitLinks
{
    ObjectId tree;
    /// The parents as the commit names them (none for a commit git treats as shallow).
    QVector<ObjectId> parents;
    /// The commit time git orders history by: read from the committer line that must
    /// follow the author line (0 when unreadable, as for git).
    quint64 commitTime = 0;

    /// Reads a commit object's content the way git's walk does; nullopt without a valid
    /// tree line first.
    static std::optional<CommitLinks> parse(const char *data, qsizetype size);
};

/// One commit as stored: ids, the people, the encoding and the raw message bytes.
struct CommitInfo
{
    ObjectId id;
    ObjectId tree;
    /// The parents as the commit names them (none for a commit git treats as shallow).
    QVector<ObjectId> parents;
    /// See CommitLinks::commitTime.
    quint64 commitTime = 0;
    /// The last "author" and "committer" lines, as git's format placeholders read them.
    Signature author;
    Signature committer;
    /// The "encoding" header; empty when there is none (git then assumes UTF-8).
    QByteArray encoding;
    /// The header lines as stored, each ending in a newline, without the blank line.
    QByteArray header;
    /// Everything after the blank line that ends the header.
    QByteArray message;

    /// Parses a commit object's content. A commit without a valid tree line gives
    /// nullopt; everything else is read as leniently as git reads it.
    static std::optional<CommitInfo> parse(const ObjectId &id, const QByteArray &raw);
    static std::optional<CommitInfo> parse(const ObjectId &id, const char *data, qsizetype size);
};

/// Whether an encoding name means UTF-8 ("UTF-8", "utf8", any case).
bool isUtf8EncodingName(const QByteArray &encoding);

/// Converts `bytes` from `encoding` to UTF-8 with the system's iconv, as git does for
/// its log output; nullopt when iconv does not know the encoding or the bytes are not
/// valid in it (git then shows them unchanged).
std::optional<QByteArray> convertToUtf8(const QByteArray &bytes, const QByteArray &encoding);

/// Where the text after any leading blank (white-space only) lines starts.
qsizetype skipBlankLines(const QByteArray &text, qsizetype from = 0);
/// git's subject: the first paragraph of a message, its lines joined by spaces.
QByteArray commitSubject(const QByteArray &message);
/// git's body: everything after the subject's paragraph and the blank lines after it.
QByteArray commitBody(const QByteArray &message);

} // namespace clearroom::git

Q_DECLARE_METATYPE(clearroom::git::CommitInfo)
