// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clearroom::review {

class AuditRecord;

/// How findings, comments and coverage appear in the audit log: one place, so that the
/// entries written and the replay that checks the tables against them agree.
namespace auditstate {

/// A path as JSON: a string when it is UTF-8, otherwise {"bytes": "<hex>"}.
QJsonValue pathValue(const QByteArray &path);
/// Whether pathValue() writes the path as a string.
bool isUtf8Path(const QByteArray &path);
QByteArray pathFromValue(const QJsonValue &value);

QJsonObject locationValue(const FindingLocation &location, AuditRecord &record);
QJsonArray locationsValue(const QVector<FindingLocation> &locations, AuditRecord &record);
/// The fields of a finding other than its anchors.
QJsonObject findingFields(const Finding &finding, AuditRecord &record);
QJsonObject commentFields(const Comment &comment, AuditRecord &record);
/// A coverage row as [id, path, start, end].
QJsonArray coverageRow(const CoverageRange &range);

} // namespace auditstate
} // namespace clearroom::review
