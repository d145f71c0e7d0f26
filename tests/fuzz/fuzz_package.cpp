// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// Fuzz target: a package (.crpkg) from a party under audit. It is verified against the
// test authority the seed corpus was signed by (trust/ca.pem and its revocation list),
// so mutations that keep the manifest and its signature intact reach the checks of the
// entry set and the digests. Then every entry is read strictly, as the package window
// reads them. Besides not crashing, hanging or leaking:
// - the package verifies in memory exactly as it does from a file (same verdict, same
//   message), so fuzzing the memory path speaks for the file path;
// - a package that verifies reads completely, and its manifest is written back the same.
#include "fuzzapplication.h"
#include "packageverifier.h"
#include "zipreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace clearroom;
using namespace clearroom::package;

namespace {

const TrustConfiguration &trust()
{
    static const TrustConfiguration configuration = [] {
        auto store = crypto::TrustStore::fromFiles(QStringLiteral(CLEARROOM_FUZZ_TRUST "/ca.pem"),
                                                   QStringLiteral(CLEARROOM_FUZZ_TRUST "/crl.pem"));
        if (!store)
            fuzz::fail("the test authority cannot be loaded", store.errorMessage());
        return TrustConfiguration::fromStore(*store);
    }();
    return configuration;
}

// Where each input is also written for the file path: one file per process, removed
// when it ends.
struct ScratchFile
{
    QString name = QDir::tempPath() + QStringLiteral("/clearroom-fuzz-package-")
        + QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".crpkg");
    ~ScratchFile() { QFile::remove(name); }
};

QString messageOf(const Result<PackageVerdict> &verdict)
{
    return verdict ? QString() : verdict.errorMessage();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    PackageVerifier::Options options;
    // Fixed, so that a run is repeatable whatever the date (expiry notices, stale lists).
    options.now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    static const ScratchFile scratch;
    const QString &name = scratch.name;
    const auto verdict = PackageVerifier::verifyBytes(bytes, name, trust(), options);

    QFile file(name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fuzz::fail("cannot write the scratch file", file.errorString());
    file.close();
    const auto fromFile = PackageVerifier::verify(name, trust(), options);
    if (messageOf(verdict) != messageOf(fromFile))
        fuzz::fail("the package verifies differently from memory and from a file",
                   QStringLiteral("memory: ") + messageOf(verdict) + QStringLiteral("\nfile: ")
                       + messageOf(fromFile));

    ZipReader reader;
    const bool opened = reader.openBytes(bytes, name).ok();
    bool complete = opened;
    for (int i = 0; opened && i < reader.entries().size(); ++i)
        complete = reader.read(i).ok() && complete;

    if (verdict) {
        if (!complete)
            fuzz::fail("a package that verified cannot be read completely", name);
        if (verdict->fileSize != fromFile->fileSize || verdict->fileSha256 != fromFile->fileSha256)
            fuzz::fail("a package's size or digest differs between memory and file", name);
        auto manifest = reader.read(reader.indexOf("manifest.json"));
        if (!manifest || *manifest != verdict->manifest.toBytes())
            fuzz::fail("a verified manifest is not written back as signed", name);
    }
    return 0;
}
