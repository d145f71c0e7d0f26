// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace clearroom::package {

/// The room's rule for what of the vendor's code may leave in a package, from the
/// authority. The documented file format (README, "Egress policy"):
///
///     {"type": "clearroom-egress-policy", "version": 1,
///      "excerpts": "none" | "finding-lines" | "context",
///      "context_lines": N,            (with "context": lines before and after, 1..50)
///      "max_package_bytes": N}        (optional)
///
/// Without any policy, no code leaves (excerpts "none").
class EgressPolicy
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::EgressPolicy)

public:
    enum class Excerpts { None, FindingLines, Context };
    static constexpr int MaximumContextLines = 50;

    /// The policy that applies when none is given: nothing of the code leaves.
    static EgressPolicy none();
    static Result<EgressPolicy> fromJson(const QByteArray &bytes, const QString &source);
    static Result<EgressPolicy> fromFile(const QString &fileName);

    Excerpts excerpts() const { return m_excerpts; }
    int contextLines() const { return m_excerpts == Excerpts::Context ? m_contextLines : 0; }
    std::optional<qint64> maximumPackageBytes() const { return m_maximumPackageBytes; }
    /// SHA-256 of the policy file's bytes; empty for the built-in "none".
    QByteArray digest() const { return m_digest; }
    bool allowsCode() const { return m_excerpts != Excerpts::None; }

    /// For the manifest: the rule and the digest of the file it came from.
    QJsonObject toJson() const;
    /// "no code", "the finding's lines", "the finding's lines and 5 lines of context".
    QString description() const;
    static QString excerptsKey(Excerpts excerpts);

private:
    Excerpts m_excerpts = Excerpts::None;
    int m_contextLines = 0;
    std::optional<qint64> m_maximumPackageBytes;
    QByteArray m_digest;
};

} // namespace clearroom::package
