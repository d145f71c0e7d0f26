// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "sourcetext.h"

#include <algorithm>

namespace clearroom::ui {

std::shared_ptr<const SourceText> SourceText::fromText(QString text)
{
    auto source = std::make_shared<SourceText>();
    source->m_text = std::move(text);
    const QString &t = source->m_text;
    const qsizetype size = t.endsWith(QLatin1Char('\n')) ? t.size() - 1 : t.size();
    if (t.isEmpty())
        return source;
    source->m_starts.append(0);
    qsizetype columns = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('\n')) {
            source->m_longestLine = qMax(source->m_longestLine, columns);
            columns = 0;
            source->m_starts.append(i + 1);
        } else {
            columns += c == QLatin1Char('\t') ? tabWidth : 1;
        }
    }
    source->m_longestLine = qMax(source->m_longestLine, columns);
    return source;
}

int SourceText::lineOfOffset(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return qMax(0, int(it - m_starts.cbegin()) - 1);
}

QStringView SourceText::line(int index) const
{
    if (index < 0 || index >= m_starts.size())
        return {};
    const qsizetype start = m_starts.at(index);
    qsizetype end = index + 1 < m_starts.size() ? m_starts.at(index + 1) - 1 : m_text.size();
    if (index + 1 == m_starts.size() && end > start && m_text.at(end - 1) == QLatin1Char('\n'))
        --end;
    return QStringView(m_text).mid(start, end - start);
}

} // namespace clearroom::ui
