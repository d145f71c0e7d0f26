// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "commandlinetool.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
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

    const auto outcome = clearroom::cli::CommandLineTool::run(arguments);
    if (outcome.exitCode == 0) {
        for (const QString &warning : outcome.warnings) {
            const QByteArray line = "clearroom-cli: "
                + clearroom::cli::CommandLineTool::tr("warning: %1").arg(warning.trimmed()).toUtf8()
                + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        }
        const QByteArray &out = outcome.standardOutput;
        if (std::fwrite(out.constData(), 1, size_t(out.size()), stdout) != size_t(out.size())
            || std::fflush(stdout) != 0)
            return clearroom::cli::CommandOutcome::Failure;
        return 0;
    }
    const QByteArray message = "clearroom-cli: " + outcome.errorMessage.trimmed().toUtf8() + '\n';
    std::fwrite(message.constData(), 1, size_t(message.size()), stderr);
    return outcome.exitCode;
}
