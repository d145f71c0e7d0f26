// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace clearroom::review {

class Workspace;

/// One signed package written from the workspace and verified on the medium.
struct ExportRecord
{
    int ordinal = 0; ///< 1 for the workspace's first export (given by record())
    QString packageId;
    QString previousPackageId; ///< as the package names it; empty in the first
    QDateTime created; ///< the package's creation time (its manifest's)
    QString signerName;
    QByteArray signerFingerprint; ///< SHA-256 of the signer's certificate, 64 hex digits
    QString fileName; ///< the file's name as written, without its folder
    qint64 size = 0;
    QByteArray sha256; ///< of the whole package file, 64 hex digits
    QByteArray auditLogHead; ///< the audit log head hash the package carries
};

/// The packages exported from a workspace, each recorded as one action with its audit
/// entry ("package.export"): the next package names the last one as its previous.
class ExportStore
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::ExportStore)

public:
    explicit ExportStore(Workspace &workspace);

    /// Records an export after the last one; returns it with its ordinal.
    Result<ExportRecord> record(ExportRecord exported);
    /// The last export recorded, if any.
    Result<std::optional<ExportRecord>> last();
    /// Every export recorded, oldest first.
    Result<QVector<ExportRecord>> all();

private:
    Result<QVector<ExportRecord>> select(const QString &order);
    Workspace &m_workspace;
};

} // namespace clearroom::review
