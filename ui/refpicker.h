// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "reference.h"

#include <QComboBox>

namespace clearroom::ui {

/// Chooses what to read: HEAD, a branch, a tag, or any revision typed in (a commit id,
/// `v1.0~2`, ...).
class RefPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit RefPicker(QWidget *parent = nullptr);

    void setReferences(const git::References &references, const QByteArray &headTarget);
    /// Shows `revision` as the current choice without emitting revisionChosen.
    void setCurrentRevision(const QByteArray &revision);

Q_SIGNALS:
    void revisionChosen(const QByteArray &revision);

private:
    void chooseIndex(int index);
    void chooseTyped();

    bool m_typedThisTurn = false;
};

} // namespace clearroom::ui
