// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "manifest.h"

#include "finding.h"
#include "jsonline.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace clearroom::package {

namespace {

bool isHexDigest(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                   || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

// A time only in the form Clearroom writes (UTC, milliseconds, Z), else invalid: a time
// without its zone would be read in the reader's own, and two readers of one signed
// manifest would see two different times.
QDateTime writtenTime(const QJsonValue &value)
{
    const QString text = value.toString();
    const QDateTime time = review::timeFromText(text);
    return time.isValid() && review::timeToText(time) == text ? time : QDateTime();
}

QByteArray canonical(const QJsonObject &object)
{
    const QByteArray compact = QJsonDocument(object).toJson(QJsonDocument::Compact);
    review::JsonLine line;
    if (!line.parse(std::string_view(compact.constData(), size_t(compact.size()))))
        return compact; // cannot happen: Qt wrote it
    return line.root().canonical();
}

} // namespace

QString Manifest::typeName(PackageKind kind)
{
    return kind == PackageKind::Review ? QStringLiteral("clearroom-review-package")
                                       : QStringLiteral("clearroom-consolidated-package");
}

crypto::Role Manifest::requiredRole(PackageKind kind)
{
    return kind == PackageKind::Review ? crypto::Role::Auditor : crypto::Role::Lead;
}

void Manifest::sortEntries()
{
    std::sort(entries.begin(), entries.end(), [](const ManifestEntry &a, const ManifestEntry &b) {
        return a.path.toUtf8() < b.path.toUtf8();
    });
}

QByteArray Manifest::toBytes() const
{
    QJsonArray entryArray;
    for (const ManifestEntry &entry : entries)
        entryArray.append(
            QJsonObject {{QStringLiteral("path"), entry.path},
                         {QStringLiteral("size"), double(entry.size)},
                         {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256)}});
    QJsonObject object {
        {QStringLiteral("type"), typeName(kind)},
        {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("package_id"), packageId},
        {QStringLiteral("previous_package_id"),
         previousPackageId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(previousPackageId)},
        {QStringLiteral("created"), review::timeToText(created)},
        {QStringLiteral("review"), review},
        {QStringLiteral("tool"), tool},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("meaning"), meaning},
        {QStringLiteral("repositories"), repositories},
        {QStringLiteral("egress_policy"), egressPolicy},
        {QStringLiteral("audit_log_head"), QString::fromLatin1(auditLogHead)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("entries"), entryArray},
    };
    if (kind == PackageKind::Consolidated) {
        QJsonArray sourceArray;
        for (const ManifestSource &source : sources)
            sourceArray.append(QJsonObject {
                {QStringLiteral("path"), source.path},
                {QStringLiteral("package_id"), source.packageId},
                {QStringLiteral("sha256"), QString::fromLatin1(source.sha256)},
                {QStringLiteral("signer"), source.signer},
                {QStringLiteral("signed_at"), review::timeToText(source.signedAt)},
                {QStringLiteral("verified_at"), review::timeToText(source.verifiedAt)},
                {QStringLiteral("notices"), QJsonArray::fromStringList(source.notices)},
            });
        object.insert(QStringLiteral("sources"), sourceArray);
    }
    return canonical(object) + '\n';
}

Result<Manifest> Manifest::parse(const QByteArray &bytes)
{
    const auto bad = [](const QString &what) {
        return Error {tr("manifest.json is not a valid Clearroom manifest: %1.").arg(what)};
    };
    if (!bytes.endsWith('\n'))
        return bad(tr("it does not end with a newline"));
    const QByteArray body = bytes.chopped(1);
    review::JsonLine line;
    if (!line.parse(std::string_view(body.constData(), size_t(body.size()))))
        return bad(tr("it is not JSON"));
    if (!line.root().isObject())
        return bad(tr("it is not a JSON object"));
    // The signed bytes are read only in the one form Clearroom writes: no repeated key
    // (which two JSON readers could resolve differently), no white space, sorted keys.
    if (line.root().canonical() != body)
        return bad(tr("it is not in canonical form (sorted keys, no white space, no key twice)"));
    const QJsonObject object = QJsonDocument::fromJson(body).object();

    Manifest manifest;
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == typeName(PackageKind::Review))
        manifest.kind = PackageKind::Review;
    else if (type == typeName(PackageKind::Consolidated))
        manifest.kind = PackageKind::Consolidated;
    else
        return bad(
            tr("its type is \"%1\", not \"%2\" or \"%3\"")
                .arg(type, typeName(PackageKind::Review), typeName(PackageKind::Consolidated)));
    if (object.value(QStringLiteral("format_version")) != QJsonValue(FormatVersion))
        return bad(
            tr("its format version is not %1, the one this Clearroom reads").arg(FormatVersion));
    manifest.packageId = object.value(QStringLiteral("package_id")).toString();
    if (manifest.packageId.isEmpty())
        return bad(tr("it has no package id"));
    const QJsonValue previous = object.value(QStringLiteral("previous_package_id"));
    if (!previous.isNull() && !previous.isString())
        return bad(tr("its previous package id is neither a string nor null"));
    manifest.previousPackageId = previous.toString();
    manifest.created = writtenTime(object.value(QStringLiteral("created")));
    if (!manifest.created.isValid())
        return bad(tr("its creation time is not a UTC time"));
    manifest.review = object.value(QStringLiteral("review")).toObject();
    manifest.tool = object.value(QStringLiteral("tool")).toObject();
    manifest.signer = object.value(QStringLiteral("signer")).toObject();
    manifest.meaning = object.value(QStringLiteral("meaning")).toString();
    manifest.repositories = object.value(QStringLiteral("repositories")).toArray();
    manifest.egressPolicy = object.value(QStringLiteral("egress_policy")).toObject();
    manifest.summary = object.value(QStringLiteral("summary")).toObject();
    const QString head = object.value(QStringLiteral("audit_log_head")).toString();
    if (!isHexDigest(head))
        return bad(tr("its audit-log head is not a SHA-256 digest"));
    manifest.auditLogHead = head.toLatin1();

    const QJsonValue entries = object.value(QStringLiteral("entries"));
    if (!entries.isArray())
        return bad(tr("it has no list of entries"));
    QSet<QString> seen;
    for (const QJsonValue &value : entries.toArray()) {
        const QJsonObject entry = value.toObject();
        ManifestEntry item;
        item.path = entry.value(QStringLiteral("path")).toString();
        const double size = entry.value(QStringLiteral("size")).toDouble(-1);
        const QString digest = entry.value(QStringLiteral("sha256")).toString();
        if (!value.isObject() || entry.size() != 3 || item.path.isEmpty())
            return bad(tr("an entry is not {\"path\", \"size\", \"sha256\"}"));
        // The range first: a double beyond qint64 does not convert (undefined behaviour).
        if (!(size >= 0 && size <= 1e15) || size != std::trunc(size))
            return bad(tr("the size of \"%1\" is not a whole number of bytes").arg(item.path));
        if (!isHexDigest(digest))
            return bad(tr("the SHA-256 of \"%1\" is not 64 lowercase hex digits").arg(item.path));
        if (item.path == fileName() || item.path == signatureFileName())
            return bad(tr("it lists \"%1\" among its entries").arg(item.path));
        if (seen.contains(item.path.toCaseFolded()))
            return bad(tr("it lists \"%1\" twice (letter case aside)").arg(item.path));
        seen.insert(item.path.toCaseFolded());
        item.size = qint64(size);
        item.sha256 = digest.toLatin1();
        manifest.entries.append(item);
    }
    if (auto sources = parseSources(object, manifest); !sources)
        return bad(sources.errorMessage());
    return manifest;
}

Result<void> Manifest::parseSources(const QJsonObject &object, Manifest &manifest)
{
    const QJsonValue sources = object.value(QStringLiteral("sources"));
    if (manifest.kind == PackageKind::Review) {
        if (!sources.isUndefined())
            return Error {tr("a review package lists source packages")};
        return {};
    }
    if (!sources.isArray() || sources.toArray().isEmpty())
        return Error {tr("a consolidated package lists no source packages")};
    const QStringList keys {QStringLiteral("notices"),    QStringLiteral("package_id"),
                            QStringLiteral("path"),       QStringLiteral("sha256"),
                            QStringLiteral("signed_at"),  QStringLiteral("signer"),
                            QStringLiteral("verified_at")};
    QSet<QString> seen;
    for (const QJsonValue &value : sources.toArray()) {
        const QJsonObject source = value.toObject();
        if (!value.isObject() || source.keys() != keys)
            return Error {tr("a source package is not described by exactly the fields %1")
                              .arg(keys.join(QStringLiteral(", ")))};
        ManifestSource item;
        item.path = source.value(QStringLiteral("path")).toString();
        item.packageId = source.value(QStringLiteral("package_id")).toString();
        const QString digest = source.value(QStringLiteral("sha256")).toString();
        item.signer = source.value(QStringLiteral("signer")).toObject();
        item.signedAt = writtenTime(source.value(QStringLiteral("signed_at")));
        item.verifiedAt = writtenTime(source.value(QStringLiteral("verified_at")));
        if (item.packageId.isEmpty() || item.path != ManifestSource::pathFor(item.packageId))
            return Error {tr("the source package \"%1\" is not stored as %2")
                              .arg(item.path, ManifestSource::pathFor(item.packageId))};
        if (!isHexDigest(digest))
            return Error {
                tr("the SHA-256 of the source package \"%1\" is not 64 lowercase hex digits")
                    .arg(item.path)};
        item.sha256 = digest.toLatin1();
        if (!isHexDigest(item.signer.value(QStringLiteral("fingerprint")).toString()))
            return Error {
                tr("the source package \"%1\" names no signer fingerprint").arg(item.path)};
        if (!item.signedAt.isValid() || !item.verifiedAt.isValid())
            return Error {tr("the signing or verification time of the source package \"%1\" is "
                             "not a UTC time")
                              .arg(item.path)};
        for (const QJsonValue &notice : source.value(QStringLiteral("notices")).toArray()) {
            if (!notice.isString())
                return Error {
                    tr("a notice on the source package \"%1\" is not text").arg(item.path)};
            item.notices.append(notice.toString());
        }
        const ManifestEntry *entry = manifest.entry(item.path);
        if (!entry || entry->sha256 != item.sha256)
            return Error {tr("the source package \"%1\" is not among the entries with that "
                             "SHA-256")
                              .arg(item.path)};
        if (seen.contains(item.packageId))
            return Error {tr("it lists the source package %1 twice").arg(item.packageId)};
        seen.insert(item.packageId);
        manifest.sources.append(item);
    }
    for (const ManifestEntry &entry : std::as_const(manifest.entries)) {
        if (entry.path.startsWith(QLatin1String("sources/"))
            && !std::any_of(
                manifest.sources.cbegin(), manifest.sources.cend(),
                [&](const ManifestSource &source) { return source.path == entry.path; }))
            return Error {tr("the entry \"%1\" is under sources/ but is no listed source package")
                              .arg(entry.path)};
    }
    return {};
}

const ManifestEntry *Manifest::entry(const QString &path) const
{
    for (const ManifestEntry &entry : entries) {
        if (entry.path == path)
            return &entry;
    }
    return nullptr;
}

} // namespace clearroom::package
