// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "egresspolicy.h"

#include "sha256.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

namespace clearroom::package {

namespace {

constexpr qint64 MaximumPolicySize = 64 * 1024;

} // namespace

EgressPolicy EgressPolicy::none()
{
    return EgressPolicy();
}

QString EgressPolicy::excerptsKey(Excerpts excerpts)
{
    switch (excerpts) {
    case Excerpts::None:
        return QStringLiteral("none");
    case Excerpts::FindingLines:
        return QStringLiteral("finding-lines");
    case Excerpts::Context:
        return QStringLiteral("context");
    }
    return {};
}

Result<EgressPolicy> EgressPolicy::fromJson(const QByteArray &bytes, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error {tr("The egress policy %1 is not a JSON object (%2 at byte %3).")
                          .arg(source, error.errorString())
                          .arg(error.offset)};
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("clearroom-egress-policy"))
        return Error {tr("The egress policy %1 does not say \"type\": \"clearroom-egress-policy\".")
                          .arg(source)};
    if (object.value(QStringLiteral("version")) != QJsonValue(1))
        return Error {tr("The egress policy %1 is not of version 1, the only one this Clearroom "
                         "reads.")
                          .arg(source)};
    // An unknown key may be a rule this version would silently not enforce.
    static const QSet<QString> known {QStringLiteral("type"), QStringLiteral("version"),
                                      QStringLiteral("excerpts"), QStringLiteral("context_lines"),
                                      QStringLiteral("max_package_bytes")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return Error {tr("The egress policy %1 has the key \"%2\", which this Clearroom does "
                             "not know; it refuses a rule it cannot enforce.")
                              .arg(source, it.key())};
    }
    EgressPolicy policy;
    const QString excerpts = object.value(QStringLiteral("excerpts")).toString();
    if (excerpts == QLatin1String("none")) {
        policy.m_excerpts = Excerpts::None;
    } else if (excerpts == QLatin1String("finding-lines")) {
        policy.m_excerpts = Excerpts::FindingLines;
    } else if (excerpts == QLatin1String("context")) {
        policy.m_excerpts = Excerpts::Context;
        const QJsonValue lines = object.value(QStringLiteral("context_lines"));
        const double value = lines.toDouble(-1);
        if (!lines.isDouble() || value != double(int(value)) || value < 1
            || value > MaximumContextLines)
            return Error {tr("The egress policy %1 allows context but its \"context_lines\" is "
                             "not a whole number from 1 to %2.")
                              .arg(source)
                              .arg(MaximumContextLines)};
        policy.m_contextLines = int(value);
    } else {
        return Error {tr("The egress policy %1 has \"excerpts\": \"%2\"; expected \"none\", "
                         "\"finding-lines\" or \"context\".")
                          .arg(source, excerpts)};
    }
    if (object.contains(QStringLiteral("context_lines")) && policy.m_excerpts != Excerpts::Context)
        return Error {tr("The egress policy %1 gives \"context_lines\" but does not allow context "
                         "(\"excerpts\": \"context\").")
                          .arg(source)};
    if (object.contains(QStringLiteral("max_package_bytes"))) {
        const QJsonValue maximum = object.value(QStringLiteral("max_package_bytes"));
        const double value = maximum.toDouble(-1);
        if (!maximum.isDouble() || value != double(qint64(value)) || value < 1024 || value > 1e15)
            return Error {tr("The egress policy %1 has a \"max_package_bytes\" that is not a whole "
                             "number of at least 1024.")
                              .arg(source)};
        policy.m_maximumPackageBytes = qint64(value);
    }
    policy.m_digest
        = crypto::Sha256::hexOf(std::string_view(bytes.constData(), size_t(bytes.size())));
    return policy;
}

Result<EgressPolicy> EgressPolicy::fromFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            tr("Cannot read the egress policy %1: %2.").arg(fileName, file.errorString())};
    const QByteArray bytes = file.read(MaximumPolicySize + 1);
    if (bytes.size() > MaximumPolicySize)
        return Error {
            tr("The egress policy %1 is larger than 64 KiB; it is not a policy.").arg(fileName)};
    return fromJson(bytes, fileName);
}

QJsonObject EgressPolicy::toJson() const
{
    QJsonObject object {{QStringLiteral("excerpts"), excerptsKey(m_excerpts)},
                        {QStringLiteral("sha256"),
                         m_digest.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(QString::fromLatin1(m_digest))}};
    if (m_excerpts == Excerpts::Context)
        object.insert(QStringLiteral("context_lines"), m_contextLines);
    if (m_maximumPackageBytes)
        object.insert(QStringLiteral("max_package_bytes"), double(*m_maximumPackageBytes));
    return object;
}

QString EgressPolicy::description() const
{
    switch (m_excerpts) {
    case Excerpts::None:
        return tr("no code leaves");
    case Excerpts::FindingLines:
        return tr("the findings' lines may leave");
    case Excerpts::Context:
        return tr("the findings' lines and %n line(s) of context may leave", nullptr,
                  m_contextLines);
    }
    return {};
}

} // namespace clearroom::package
