// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace clearroom::ui {

/// The line of a dialog or form that says what stands in the way (a field left empty, a
/// passphrase that did not unlock): plain text, wrapped, in the error colour, hidden
/// until it has something to say. Every dialog says it so, rather than an OK that does
/// nothing or is greyed out without a word.
QLabel *problemLabel(QWidget *parent, const QString &objectName);

} // namespace clearroom::ui
