// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "commandoutput.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace clearroom::cli {

DescriptorOutput::DescriptorOutput(int fileDescriptor)
    : m_fd(fileDescriptor)
{
}

Result<void> DescriptorOutput::write(const char *data, qsizetype size)
{
    // Once something went out, holding back more gains nothing: straight through.
    if (m_delivered)
        return writeOut(data, size);
    if (m_held.size() + size <= HeldBack) {
        m_held.append(data, size);
        return {};
    }
    auto flushed = finish();
    if (!flushed)
        return flushed;
    return writeOut(data, size);
}

Result<void> DescriptorOutput::finish()
{
    auto written = writeOut(m_held.constData(), m_held.size());
    m_held.clear();
    return written;
}

Result<void> DescriptorOutput::writeOut(const char *data, qsizetype size)
{
    if (m_failed)
        return Error {tr("Standard output cannot be written.")};
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_failed = true;
            if (n < 0 && errno == EPIPE)
                return Error {tr("Standard output was closed by its reader (broken pipe) "
                                 "before everything was written.")};
            if (n < 0 && errno == EBADF)
                return Error {tr("Standard output is closed; nothing can be written to it.")};
            return Error {tr("Standard output cannot be written: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(n < 0 ? errno : EIO)))};
        }
        m_delivered = true;
        data += n;
        size -= n;
    }
    return {};
}

} // namespace clearroom::cli
