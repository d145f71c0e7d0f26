// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "refpicker.h"

#include "pathquote.h"

#include <QLineEdit>
#include <QTimer>

namespace clearroom::ui {

RefPicker::RefPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("refPicker"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(28);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setToolTip(tr("The revision to read: HEAD, a branch, a tag, or a commit id typed in "
                  "(Ctrl+L)"));
    lineEdit()->setPlaceholderText(tr("Branch, tag or commit id"));
    connect(this, QOverload<int>::of(&QComboBox::activated), this, &RefPicker::chooseIndex);
    connect(lineEdit(), &QLineEdit::returnPressed, this, &RefPicker::chooseTyped);
}

void RefPicker::setReferences(const git::References &references, const QByteArray &headTarget)
{
    const QSignalBlocker blocker(this);
    clear();
    const QString head = headTarget.startsWith("refs/heads/")
        ? tr("HEAD (%1)").arg(git::displayBytes(headTarget.mid(11)))
        : tr("HEAD (detached)");
    addItem(head, QByteArrayLiteral("HEAD"));
    auto addGroup = [&](git::Reference::Kind kind) {
        for (const git::Reference &reference : references) {
            if (reference.kind == kind)
                addItem(git::displayBytes(reference.shorthand), reference.name);
        }
    };
    addGroup(git::Reference::Kind::Branch);
    addGroup(git::Reference::Kind::Tag);
    addGroup(git::Reference::Kind::RemoteBranch);
    setCurrentIndex(0);
}

void RefPicker::setCurrentRevision(const QByteArray &revision)
{
    const QSignalBlocker blocker(this);
    const int index = findData(revision);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(git::displayBytes(revision));
    // A commit id is wider than the box: show its start, which is what people compare.
    lineEdit()->setCursorPosition(0);
}

void RefPicker::chooseIndex(int index)
{
    if (m_typedThisTurn || index < 0)
        return; // Enter in the editor already chose
    Q_EMIT revisionChosen(itemData(index).toByteArray());
}

void RefPicker::chooseTyped()
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return;
    // Enter may also make the combo box emit activated(); choose only once.
    m_typedThisTurn = true;
    QTimer::singleShot(0, this, [this] { m_typedThisTurn = false; });
    const int index = findText(text);
    Q_EMIT revisionChosen(index >= 0 ? itemData(index).toByteArray() : text.toUtf8());
}

} // namespace clearroom::ui
