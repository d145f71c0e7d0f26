// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QFrame>

class QLabel;

namespace clearroom::ui {

/// A strip above the content that states a problem (an error) or something the auditor
/// must know (a warning) until dismissed, without a modal dialog in the way.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Error, Warning };

    explicit MessageBanner(Level level, QWidget *parent = nullptr);
    void showMessage(const QString &message);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace clearroom::ui
