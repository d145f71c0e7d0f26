// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "commandlinetool.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    clearroom::installTranslations(app);

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
