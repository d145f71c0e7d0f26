// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "gitdate.h"

#include <climits>
#include <cstdio>
#include <ctime>

namespace clearroom::cli {

namespace {

const char *const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char *const months[]
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// git's limit: a time that does not fit the system's time_t.
bool overflows(quint64 time)
{
    return time == ULLONG_MAX || time > quint64(LLONG_MAX);
}

QByteArray text(const char *format, auto... values)
{
    char buffer[160];
    const int length = std::snprintf(buffer, sizeof buffer, format, values...);
    return QByteArray(buffer, qBound(0, length, int(sizeof buffer) - 1));
}

} // namespace

Result<QByteArray> GitDate::format(const git::Signature &signature, Style style)
{
    quint64 time = 0;
    long zone = 0;
    if (const auto seconds = signature.time(); seconds && !overflows(*seconds)) {
        time = *seconds;
        zone = signature.zoneNumber();
        if (zone >= INT_MAX || zone <= INT_MIN)
            zone = 0;
    }
    const long magnitude = zone < 0 ? -zone : zone;
    const qint64 offset = qint64((magnitude / 100) * 60 + magnitude % 100) * 60;
    const QString shown
        = QString::fromLatin1(signature.seconds.isEmpty() ? "0" : signature.seconds);
    if (zone > 0) {
        if (time > ULLONG_MAX - quint64(offset)) {
            return Error {tr("The date %1 %2 lies beyond the largest date git can show.")
                              .arg(shown, QString::fromLatin1(signature.zone))};
        }
        time += quint64(offset);
    } else if (zone < 0) {
        if (time < quint64(offset)) {
            return Error {tr("The date %1 %2 lies before 1970, which git cannot show.")
                              .arg(shown, QString::fromLatin1(signature.zone))};
        }
        time -= quint64(offset);
    }
    if (overflows(time)) {
        return Error {tr("The date %1 %2 lies beyond the largest date git can show.")
                          .arg(shown, QString::fromLatin1(signature.zone))};
    }

    std::tm tm {};
    const std::time_t seconds = std::time_t(time);
    if (!gmtime_r(&seconds, &tm)) {
        // Beyond what the C library can break down: git shows the epoch.
        const std::time_t epoch = 0;
        gmtime_r(&epoch, &tm);
        zone = 0;
    }
    const int tz = int(zone);
    // The year wraps as git's int arithmetic does for dates far in the future.
    const int year = int(unsigned(tm.tm_year) + 1900u);
    switch (style) {
    case Style::Normal:
        return text("%.3s %.3s %d %02d:%02d:%02d %d %+05d", weekdays[tm.tm_wday], months[tm.tm_mon],
                    tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, year, tz);
    case Style::Iso:
        return text("%04d-%02d-%02d %02d:%02d:%02d %+05d", year, tm.tm_mon + 1, tm.tm_mday,
                    tm.tm_hour, tm.tm_min, tm.tm_sec, tz);
    case Style::IsoStrict: {
        const int absolute = tz < 0 ? -tz : tz;
        return text("%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", year, tm.tm_mon + 1, tm.tm_mday,
                    tm.tm_hour, tm.tm_min, tm.tm_sec, tz >= 0 ? '+' : '-', absolute / 100,
                    absolute % 100);
    }
    case Style::Short:
        return text("%04d-%02d-%02d", year, tm.tm_mon + 1, tm.tm_mday);
    case Style::Rfc2822:
        return text("%.3s, %d %.3s %d %02d:%02d:%02d %+05d", weekdays[tm.tm_wday], tm.tm_mday,
                    months[tm.tm_mon], year, tm.tm_hour, tm.tm_min, tm.tm_sec, tz);
    }
    return QByteArray();
}

} // namespace clearroom::cli
