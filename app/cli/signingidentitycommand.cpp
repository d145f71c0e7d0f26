// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "signingidentitycommand.h"

#include "identity.h"
#include "terminal.h"
#include "workspaceaccess.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace clearroom::cli {

namespace {

using crypto::Certificate;

// Never replaces a file: a key or an identity overwritten by mistake is lost for good.
Result<void> checkNew(const QByteArray &name, const QString &option)
{
    const QString fileName = QFile::decodeName(name);
    if (QFileInfo::exists(fileName) || QFileInfo(fileName).isSymLink())
        return Error {SigningIdentityCommand::tr("%1: '%2' exists already; Clearroom does not "
                                                 "replace it.")
                          .arg(option, fileName)};
    return {};
}

Result<void> writeNewFile(const QByteArray &name, const QByteArray &bytes, const QString &option,
                          bool secret)
{
    if (auto fresh = checkNew(name, option); !fresh)
        return fresh;
    const QString fileName = QFile::decodeName(name);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error {SigningIdentityCommand::tr("%1: cannot write '%2': %3")
                          .arg(option, fileName, file.errorString())};
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error {SigningIdentityCommand::tr("%1: cannot write '%2': %3")
                          .arg(option, fileName, file.errorString())};
    return {};
}

Result<QByteArray> readSmallFile(const QByteArray &name, const QString &option)
{
    QFile file(QFile::decodeName(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error {SigningIdentityCommand::tr("%1: cannot read '%2': %3")
                          .arg(option, file.fileName(), file.errorString())};
    return file.read(1 << 20);
}

// The options of a subcommand that takes no positional arguments; each of `required` must
// have a value (when several are missing, the last of them is named).
Result<ParsedArguments> parseOptions(const QString &command, const QVector<OptionSpec> &options,
                                     const QByteArrayList &required,
                                     const QByteArrayList &arguments)
{
    auto call = WorkspaceAccess::parse(command, options, arguments, {});
    if (!call)
        return call.error();
    for (auto option = required.crbegin(); option != required.crend(); ++option) {
        if (!call->options.isSet(*option) || call->options.value(*option).isEmpty())
            return Error {SigningIdentityCommand::tr("%1: --%2 is required.")
                              .arg(command, QString::fromLatin1(*option)),
                          true};
    }
    return call->options;
}

Result<QByteArray> request(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("identity request");
    auto parsedArguments = parseOptions(command,
                                        {{"name", 0, true},
                                         {"email", 0, true},
                                         {"key-out", 0, true},
                                         {"csr-out", 0, true},
                                         {"passphrase-file", 0, true}},
                                        {"name", "key-out", "csr-out"}, arguments);
    if (!parsedArguments)
        return parsedArguments.error();
    const ParsedArguments &parsed = *parsedArguments;
    const QByteArray name = parsed.value("name");
    const QByteArray keyOut = parsed.value("key-out");
    const QByteArray csrOut = parsed.value("csr-out");
    // Before the passphrase is asked for, not after.
    if (auto fresh = checkNew(keyOut, QStringLiteral("--key-out")); !fresh)
        return fresh.error();
    if (auto fresh = checkNew(csrOut, QStringLiteral("--csr-out")); !fresh)
        return fresh.error();
    auto passphrase
        = Terminal::passphrase(parsed.value("passphrase-file"), QStringLiteral("--passphrase-file"),
                               SigningIdentityCommand::tr("Passphrase for the new key: "), true);
    if (!passphrase)
        return passphrase.error();
    auto made = crypto::CertificateRequest::create(
        WorkspaceAccess::text(name), WorkspaceAccess::text(parsed.value("email")), *passphrase);
    if (!made)
        return made.error();
    if (auto written = writeNewFile(keyOut, made->keyPem, QStringLiteral("--key-out"), true);
        !written)
        return written.error();
    if (auto written = writeNewFile(csrOut, made->requestPem, QStringLiteral("--csr-out"), false);
        !written)
        return written.error();
    return SigningIdentityCommand::tr(
               "Wrote the new key to %1 (ECDSA P-256, encrypted with your passphrase) and the "
               "certificate request to %2.\nTake the request to the authority; import the "
               "certificate it issues with 'clearroom-cli identity import'.\n")
        .arg(QFile::decodeName(keyOut), QFile::decodeName(csrOut))
        .toUtf8();
}

Result<QByteArray> import(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("identity import");
    auto parsedArguments = parseOptions(command,
                                        {{"key", 0, true},
                                         {"key-passphrase-file", 0, true},
                                         {"cert", 0, true},
                                         {"chain", 0, true},
                                         {"out", 0, true},
                                         {"passphrase-file", 0, true}},
                                        {"key", "cert", "out"}, arguments);
    if (!parsedArguments)
        return parsedArguments.error();
    const ParsedArguments &parsed = *parsedArguments;
    const QByteArray keyFile = parsed.value("key");
    const QByteArray certificateFile = parsed.value("cert");
    const QByteArray out = parsed.value("out");
    if (auto fresh = checkNew(out, QStringLiteral("--out")); !fresh)
        return fresh.error();
    auto key = readSmallFile(keyFile, QStringLiteral("--key"));
    if (!key)
        return key.error();
    auto certificates = Certificate::fromPemFile(QFile::decodeName(certificateFile));
    if (!certificates)
        return certificates.error();
    const Certificate certificate = certificates->first();
    QVector<Certificate> chain = certificates->mid(1);
    if (parsed.isSet("chain")) {
        auto more = Certificate::fromPemFile(QFile::decodeName(parsed.value("chain")));
        if (!more)
            return more.error();
        chain += *more;
    }
    const bool auditor = certificate.hasRole(crypto::Role::Auditor);
    const bool lead = certificate.hasRole(crypto::Role::Lead);
    if (!auditor && !lead)
        return Error {SigningIdentityCommand::tr(
                          "%1: the certificate \"%2\" carries no Clearroom role (extended key "
                          "usage %3 for auditors or %4 for leads): packages signed with it would "
                          "not verify. Ask the authority to issue it with a role.")
                          .arg(command, certificate.subject(),
                               crypto::Oids::role(crypto::Role::Auditor),
                               crypto::Oids::role(crypto::Role::Lead))};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!certificate.isValidAt(now))
        return Error {
            SigningIdentityCommand::tr("%1: the certificate \"%2\" is valid from %3 to %4, "
                                       "not now.")
                .arg(command, certificate.subject(), certificate.notBefore().toString(Qt::ISODate),
                     certificate.notAfter().toString(Qt::ISODate))};
    QByteArray keyPassphrase;
    if (parsed.isSet("key-passphrase-file") || key->contains("ENCRYPTED")) {
        auto given = Terminal::passphrase(parsed.value("key-passphrase-file"),
                                          QStringLiteral("--key-passphrase-file"),
                                          SigningIdentityCommand::tr("Passphrase of the key %1: ")
                                              .arg(QFile::decodeName(keyFile)),
                                          false);
        if (!given)
            return given.error();
        keyPassphrase = *given;
    }
    auto passphrase = Terminal::passphrase(
        parsed.value("passphrase-file"), QStringLiteral("--passphrase-file"),
        SigningIdentityCommand::tr("Passphrase for the identity file: "), true);
    if (!passphrase)
        return passphrase.error();
    auto pkcs12
        = crypto::Identity::makePkcs12(*key, keyPassphrase, certificate, chain, *passphrase);
    if (!pkcs12)
        return Error {command + QStringLiteral(": ") + pkcs12.errorMessage()};
    if (auto written = writeNewFile(out, *pkcs12, QStringLiteral("--out"), true); !written)
        return written.error();
    const QStringList roles
        = (auditor ? QStringList {crypto::roleText(crypto::Role::Auditor)} : QStringList {})
        + (lead ? QStringList {crypto::roleText(crypto::Role::Lead)} : QStringList {});
    return SigningIdentityCommand::tr("Wrote the identity %1 for %2: %3, %4, valid until %5, "
                                      "certificate SHA-256 %6.\n")
        .arg(QFile::decodeName(out), certificate.subject(), roles.join(QStringLiteral(", ")),
             certificate.keyDescription(), certificate.notAfter().toString(Qt::ISODate),
             QString::fromLatin1(certificate.fingerprint()))
        .toUtf8();
}

} // namespace

Result<QByteArray> SigningIdentityCommand::run(const QByteArrayList &arguments)
{
    return WorkspaceAccess::dispatch("identity", {{"request", &request}, {"import", &import}},
                                     arguments);
}

QString SigningIdentityCommand::help()
{
    return tr("Usage:\n"
              "  clearroom-cli identity request --name NAME [--email E] --key-out KEY.pem\n"
              "                                 --csr-out REQ.csr [--passphrase-file F]\n"
              "  clearroom-cli identity import --key KEY.pem [--key-passphrase-file F]\n"
              "                                --cert CERT.pem [--chain CA.pem] --out ID.p12\n"
              "                                [--passphrase-file F]\n"
              "\n"
              "request makes a new ECDSA P-256 key (stored encrypted with a passphrase) and a\n"
              "certificate signing request for the authority. import puts the key, the\n"
              "certificate the authority issued and its chain into a PKCS#12 identity file\n"
              "protected by a new passphrase (--passphrase-file protects the new file;\n"
              "--key-passphrase-file unlocks the key). Existing files are never replaced.\n"
              "\n"
              "A passphrase is asked on the terminal, or read from the first line of a file;\n"
              "never from an argument.\n");
}

} // namespace clearroom::cli
