// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// Writes the PDF report of the test package content, for tst_reportwriter to compare
// what separate processes (other hash seeds, other time zones) write.
//   reportpdfwriter OUT.pdf sample|hostile        with a QGuiApplication
//   reportpdfwriter OUT.pdf sample --core         with a QCoreApplication (must refuse)
#include "packagecontentfixture.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: reportpdfwriter OUT.pdf sample|hostile [--core]\n");
        return 2;
    }
    const bool core = argc > 3 && std::strcmp(argv[3], "--core") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (core)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QGuiApplication>(argc, argv);
    const auto content = std::strcmp(argv[2], "hostile") == 0
        ? clearroom::test::hostilePackageContent()
        : clearroom::test::samplePackageContent();
    const auto pdf = clearroom::package::ReportWriter::pdf(content);
    if (!pdf) {
        std::fprintf(stderr, "%s\n", qPrintable(pdf.errorMessage()));
        return 1;
    }
    QFile out(QFile::decodeName(argv[1]));
    if (!out.open(QIODevice::WriteOnly) || out.write(*pdf) != pdf->size())
        return 1;
    return 0;
}
