// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "zipentryname.h"

#include "pathquote.h"

#include <optional>

namespace clearroom::package {

namespace {

// Valid UTF-8 decoded, or nothing. QString::fromUtf8 replaces bad bytes silently.
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return std::nullopt;
    return text;
}

} // namespace

QString ZipEntryName::problem(const QByteArray &name)
{
    if (name.isEmpty())
        return tr("the name is empty");
    // Bytes first: Qt 5 would cut a name at a NUL byte when decoding it.
    for (const char c : name) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            return tr("the name contains a control or invisible formatting character");
    }
    const std::optional<QString> text = decodeUtf8(name);
    if (!text)
        return tr("the name is not valid UTF-8");
    for (const QChar c : *text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            return tr("the name contains a control or invisible formatting character");
    }
    if (name.startsWith('/'))
        return tr("the name is an absolute path");
    if (name.contains('\\'))
        return tr("the name contains a backslash");
    if (name.contains(':'))
        return tr("the name contains a colon (a drive letter or a Windows stream)");
    for (const QByteArray &component : name.split('/')) {
        if (component.isEmpty())
            return name.endsWith('/') ? tr("the name is that of a directory")
                                      : tr("the name has an empty component");
        if (component == "..")
            return tr("the name has a \"..\" component");
        if (component == ".")
            return tr("the name has a \".\" component");
    }
    return {};
}

QString ZipEntryName::display(const QByteArray &name)
{
    return git::displayBytes(name);
}

std::optional<QByteArray> ZipEntryNameSet::insert(const QByteArray &name)
{
    const QString folded
        = QString::fromUtf8(name).normalized(QString::NormalizationForm_C).toCaseFolded();
    const auto found = m_folded.constFind(folded);
    if (found != m_folded.constEnd())
        return *found;
    m_folded.insert(folded, name);
    return std::nullopt;
}

} // namespace clearroom::package
