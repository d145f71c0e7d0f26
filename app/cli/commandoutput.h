// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clearroom::cli {

/// Where a command's standard output goes as the command produces it: for output too
/// large to hold at once (a blob of 1 GB).
class CommandOutput
{
public:
    virtual ~CommandOutput() = default;
    /// Appends bytes; an error when they cannot be written.
    virtual Result<void> write(const char *data, qsizetype size) = 0;
    Result<void> write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    /// Whether bytes have left for good: a failure can no longer take them back.
    virtual bool hasDelivered() const = 0;
};

/// A file descriptor (the process's standard output): the first MiB is held back, so that
/// a command that fails early prints nothing (the command line's rule), then everything
/// goes out in pieces, each write checked: a closed pipe (EPIPE) or a full disk is an
/// error message, not a crash. SIGPIPE must be ignored for that (main() does).
class DescriptorOutput final : public CommandOutput
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::DescriptorOutput)

public:
    static constexpr qsizetype HeldBack = 1024 * 1024;

    explicit DescriptorOutput(int fileDescriptor);
    Result<void> write(const char *data, qsizetype size) override;
    using CommandOutput::write;
    bool hasDelivered() const override { return m_delivered; }
    /// Writes what is held back; call once after the command succeeded.
    Result<void> finish();

private:
    Result<void> writeOut(const char *data, qsizetype size);

    int m_fd;
    QByteArray m_held;
    bool m_delivered = false;
    bool m_failed = false;
};

} // namespace clearroom::cli
