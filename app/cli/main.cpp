// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "commandlinetool.h"
#include "commandoutput.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The command line's contract is one message on standard error on failure and nothing
// otherwise: Qt's own chatter (the offscreen platform's "XDG_RUNTIME_DIR not set") must
// not reach it. Critical messages still do.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        const QByteArray line = "clearroom-cli: " + message.toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
}

void writeError(const QString &message)
{
    const QByteArray line = "clearroom-cli: " + message.trimmed().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
    // A reader that goes away (`| head`) makes writes fail with EPIPE, reported as a
    // message, instead of killing the process.
    std::signal(SIGPIPE, SIG_IGN);
    // A closed standard output keeps its number taken (by a file that cannot be written),
    // so that no file opened later becomes standard output.
    if (::fcntl(STDOUT_FILENO, F_GETFD) < 0)
        (void)::open("/dev/null", O_RDONLY | O_CLOEXEC);
    // Only an export lays out a PDF, which needs QtGui's fonts: it gets a QGuiApplication
    // on the offscreen platform (no display is needed or used); everything else stays a
    // plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (clearroom::cli::CommandLineTool::needsGui(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    clearroom::installTranslations(*app);

    // Arguments stay bytes: a path or revision that is not valid UTF-8 must survive.
    QByteArrayList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));

    clearroom::cli::DescriptorOutput output(STDOUT_FILENO);
    const auto outcome = clearroom::cli::CommandLineTool::run(arguments, output);
    if (outcome.exitCode == 0) {
        for (const QString &warning : outcome.warnings) {
            const QByteArray line = "clearroom-cli: "
                + clearroom::cli::CommandLineTool::tr("warning: %1").arg(warning.trimmed()).toUtf8()
                + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        }
        auto written = output.write(outcome.standardOutput);
        if (written)
            written = output.finish();
        if (!written) {
            writeError(written.errorMessage());
            return clearroom::cli::CommandOutcome::Failure;
        }
        return 0;
    }
    writeError(outcome.errorMessage);
    return outcome.exitCode;
}
