// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "finding.h"

#include <QUuid>

namespace clearroom::review {

namespace {

struct SeverityName
{
    Severity value;
    const char *key;
};
constexpr SeverityName severityNames[] = {
    {Severity::Info, "info"}, {Severity::Low, "low"},           {Severity::Medium, "medium"},
    {Severity::High, "high"}, {Severity::Critical, "critical"},
};

struct StatusName
{
    FindingStatus value;
    const char *key;
};
constexpr StatusName statusNames[] = {
    {FindingStatus::Open, "open"},         {FindingStatus::Confirmed, "confirmed"},
    {FindingStatus::Disputed, "disputed"}, {FindingStatus::FalsePositive, "false-positive"},
    {FindingStatus::Fixed, "fixed"},       {FindingStatus::AcceptedRisk, "accepted-risk"},
};

struct AnchorName
{
    AnchorState value;
    const char *key;
};
constexpr AnchorName anchorNames[] = {
    {AnchorState::Original, "original"}, {AnchorState::Exact, "exact"},
    {AnchorState::Moved, "moved"},       {AnchorState::Modified, "modified"},
    {AnchorState::Orphaned, "orphaned"},
};

template<typename Table, typename Value>
QString keyOf(const Table &table, Value value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.key);
    }
    return {};
}

template<typename Value, typename Table>
std::optional<Value> valueOf(const Table &table, const QString &key)
{
    // The stored keys are exact: found without the copies that normalising makes.
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    QString normal = key.trimmed().toLower();
    normal.replace(QLatin1Char(' '), QLatin1Char('-'));
    normal.replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const auto &entry : table) {
        if (normal == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Table>
QStringList keysOf(const Table &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys.append(QLatin1String(entry.key));
    return keys;
}

} // namespace

QString FindingNames::severityKey(Severity severity)
{
    return keyOf(severityNames, severity);
}

std::optional<Severity> FindingNames::severityFromKey(const QString &key)
{
    return valueOf<Severity>(severityNames, key);
}

QString FindingNames::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Info");
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString FindingNames::statusKey(FindingStatus status)
{
    return keyOf(statusNames, status);
}

std::optional<FindingStatus> FindingNames::statusFromKey(const QString &key)
{
    return valueOf<FindingStatus>(statusNames, key);
}

QString FindingNames::statusText(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return tr("Open");
    case FindingStatus::Confirmed:
        return tr("Confirmed");
    case FindingStatus::Disputed:
        return tr("Disputed");
    case FindingStatus::FalsePositive:
        return tr("False positive");
    case FindingStatus::Fixed:
        return tr("Fixed");
    case FindingStatus::AcceptedRisk:
        return tr("Accepted risk");
    }
    return {};
}

QString FindingNames::anchorKey(AnchorState state)
{
    return keyOf(anchorNames, state);
}

std::optional<AnchorState> FindingNames::anchorFromKey(const QString &key)
{
    return valueOf<AnchorState>(anchorNames, key);
}

QString FindingNames::anchorText(AnchorState state)
{
    switch (state) {
    case AnchorState::Original:
        return tr("Original");
    case AnchorState::Exact:
        return tr("Exact");
    case AnchorState::Moved:
        return tr("Moved");
    case AnchorState::Modified:
        return tr("Modified");
    case AnchorState::Orphaned:
        return tr("Orphaned");
    }
    return {};
}

QStringList FindingNames::severityKeys()
{
    return keysOf(severityNames);
}

QStringList FindingNames::statusKeys()
{
    return keysOf(statusNames);
}

bool FindingLocation::operator==(const FindingLocation &other) const
{
    return path == other.path && blobId == other.blobId && startLine == other.startLine
        && endLine == other.endLine && startColumn == other.startColumn
        && endColumn == other.endColumn && excerptDigest == other.excerptDigest
        && contextBefore == other.contextBefore && contextAfter == other.contextAfter
        && state == other.state;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString timeToText(const QDateTime &time)
{
    // Written here for the years 1 to 9999 rather than by QDateTime::toString(), which
    // takes about ten thousand instructions a time: an export writes tens of thousands of
    // times (each finding's and each comment's, in JSON, SARIF and the report). The same
    // text as toUTC().toString(Qt::ISODateWithMs), which writes the rest.
    if (!time.isValid())
        return time.toUTC().toString(Qt::ISODateWithMs);
    constexpr qint64 MillisecondsPerDay = 86400000;
    const qint64 since = time.toMSecsSinceEpoch();
    qint64 days = since / MillisecondsPerDay;
    qint64 ofDay = since % MillisecondsPerDay;
    if (ofDay < 0) {
        ofDay += MillisecondsPerDay;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto digits = [&text](int at, int count, qint64 value) {
        for (int i = at + count - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    digits(0, 4, year);
    digits(5, 2, month);
    digits(8, 2, day);
    digits(11, 2, ofDay / 3600000);
    digits(14, 2, ofDay / 60000 % 60);
    digits(17, 2, ofDay / 1000 % 60);
    digits(20, 3, ofDay % 1000);
    return QString::fromLatin1(text, int(sizeof text) - 1);
}

namespace {

// The form timeToText() writes, read directly: QDateTime::fromString() takes about twenty
// times as long, which reading every finding of a big review notices. `unit(i)` is the
// i-th character (of `size`); nothing if the text is not in that form.
template<typename Unit>
std::optional<QDateTime> storedTime(qsizetype size, Unit unit)
{
    if (size != 24 || unit(4) != u'-' || unit(7) != u'-' || unit(10) != u'T' || unit(13) != u':'
        || unit(16) != u':' || unit(19) != u'.' || unit(23) != u'Z')
        return std::nullopt;
    bool ok = true;
    const auto number = [&](int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; ++i) {
            const char16_t c = unit(i);
            ok = ok && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (ok && date.isValid() && time.isValid())
        return QDateTime(date, time, Qt::UTC);
    return std::nullopt;
}

} // namespace

QDateTime timeFromText(const QString &text)
{
    if (auto time = storedTime(text.size(), [&text](int i) { return text.at(i).unicode(); }))
        return *time;
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QDateTime timeFromText(std::string_view text)
{
    // The stored form is ASCII: its bytes are its characters.
    if (auto time = storedTime(qsizetype(text.size()),
                               [&text](int i) { return char16_t(uchar(text[size_t(i)])); }))
        return *time;
    return timeFromText(QString::fromUtf8(text.data(), int(text.size())));
}

} // namespace clearroom::review
