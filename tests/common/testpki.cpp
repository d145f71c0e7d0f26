// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "testpki.h"

#include "process.h"

#include <QDir>
#include <QFile>

namespace clearroom::test {

namespace {

QByteArray local(const QString &path)
{
    return QFile::encodeName(path);
}

QString configurationFile()
{
    return QString::fromLocal8Bit(qgetenv("CLEARROOM_SOURCE_DIR"))
        + QStringLiteral("/installer/authority/clearroom-ca.cnf");
}

bool writeFile(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

TestPki::TestPki(const QString &directory, const QString &caName)
    : m_directory(directory)
{
    QDir(directory).mkpath(QStringLiteral("issued"));
    if (!QFile::copy(configurationFile(), directory + QStringLiteral("/clearroom-ca.cnf"))
        || !writeFile(directory + QStringLiteral("/index.txt"), {})
        || !writeFile(directory + QStringLiteral("/serial"), "1000\n")
        || !writeFile(directory + QStringLiteral("/crlnumber"), "1000\n")) {
        m_error = QStringLiteral("cannot prepare the CA folder from ") + configurationFile();
        return;
    }
    openssl({"req", "-x509", "-config", "clearroom-ca.cnf", "-extensions", "v3_ca", "-newkey", "ec",
             "-pkeyopt", "ec_paramgen_curve:P-384", "-noenc", "-keyout", "ca.key", "-out", "ca.pem",
             "-days", "3650", "-subj", "/CN=" + caName.toUtf8()});
}

QString TestPki::caFile() const
{
    return m_directory + QStringLiteral("/ca.pem");
}

bool TestPki::openssl(const QByteArrayList &arguments)
{
    if (!m_error.isEmpty())
        return false;
    const ProcessResult result = runProcess("openssl", arguments, {}, local(m_directory));
    if (!result.ok())
        m_error = QStringLiteral("openssl ") + QString::fromUtf8(arguments.join(' '))
            + QStringLiteral(": ") + QString::fromUtf8(result.standardError);
    return result.ok();
}

bool TestPki::makeKey(const QString &keyFile, const QString &keyType)
{
    const QStringList parts = keyType.split(QLatin1Char(':'));
    QByteArrayList arguments {"genpkey", "-algorithm", parts.first().toLatin1(), "-out",
                              local(keyFile)};
    if (parts.first() == QLatin1String("EC"))
        arguments << "-pkeyopt"
                  << "ec_paramgen_curve:" + parts.at(1).toLatin1();
    else if (parts.first() == QLatin1String("RSA"))
        arguments << "-pkeyopt"
                  << "rsa_keygen_bits:" + parts.at(1).toLatin1();
    return openssl(arguments);
}

bool TestPki::makePkcs12(IssuedIdentity &identity, bool withChain)
{
    identity.pkcs12File = m_directory + QStringLiteral("/id%1.p12").arg(m_count);
    identity.passphrase = "test passphrase " + QByteArray::number(m_count);
    QByteArrayList arguments {"pkcs12",   "-export",
                              "-inkey",   local(identity.keyFile),
                              "-in",      local(identity.certificateFile),
                              "-out",     local(identity.pkcs12File),
                              "-passout", "pass:" + identity.passphrase};
    if (withChain)
        arguments << "-certfile"
                  << "ca.pem";
    return openssl(arguments);
}

IssuedIdentity TestPki::issue(const QString &name, Role role, const QString &keyType,
                              const QString &startDate, const QString &endDate)
{
    IssuedIdentity identity;
    identity.name = name;
    ++m_count;
    identity.keyFile = m_directory + QStringLiteral("/key%1.pem").arg(m_count);
    identity.certificateFile = m_directory + QStringLiteral("/cert%1.pem").arg(m_count);
    const QString request = m_directory + QStringLiteral("/req%1.csr").arg(m_count);
    if (!makeKey(identity.keyFile, keyType)
        || !openssl({"req", "-new", "-key", local(identity.keyFile), "-out", local(request),
                     "-subj", "/CN=" + name.toUtf8()}))
        return identity;
    QByteArrayList arguments {"ca",
                              "-config",
                              "clearroom-ca.cnf",
                              "-batch",
                              "-in",
                              local(request),
                              "-out",
                              local(identity.certificateFile)};
    if (role == Role::None) {
        // Signing allowed, no role: the extensions from a file of the test's own.
        const QString extensions = m_directory + QStringLiteral("/norole.cnf");
        writeFile(extensions,
                  "[norole]\nbasicConstraints=critical,CA:false\n"
                  "keyUsage=critical,digitalSignature\n");
        arguments << "-extfile" << local(extensions) << "-extensions"
                  << "norole";
    } else {
        arguments << "-extensions"
                  << (role == Role::Auditor    ? "auditor"
                          : role == Role::Lead ? "lead"
                                               : "authority");
    }
    if (!startDate.isEmpty())
        arguments << "-startdate" << startDate.toLatin1();
    if (!endDate.isEmpty())
        arguments << "-enddate" << endDate.toLatin1();
    if (openssl(arguments))
        makePkcs12(identity, true);
    return identity;
}

IssuedIdentity TestPki::forge(const QString &name)
{
    IssuedIdentity identity;
    identity.name = name;
    ++m_count;
    identity.keyFile = m_directory + QStringLiteral("/key%1.pem").arg(m_count);
    identity.certificateFile = m_directory + QStringLiteral("/cert%1.pem").arg(m_count);
    if (makeKey(identity.keyFile, QStringLiteral("EC:P-256"))
        && openssl({"req", "-x509", "-key", local(identity.keyFile), "-out",
                    local(identity.certificateFile), "-days", "365", "-subj",
                    "/CN=" + name.toUtf8(), "-addext", "keyUsage=critical,digitalSignature",
                    "-addext",
                    "extendedKeyUsage=2.25.181595859419782607121077789565286859094.1.1"}))
        makePkcs12(identity, false);
    return identity;
}

bool TestPki::revoke(const IssuedIdentity &identity, const QByteArray &reason)
{
    QByteArrayList arguments {"ca", "-config", "clearroom-ca.cnf", "-revoke",
                              local(identity.certificateFile)};
    if (!reason.isEmpty())
        arguments << "-crl_reason" << reason;
    return openssl(arguments);
}

QString TestPki::makeCrl(const QString &fileName, int validitySeconds)
{
    openssl({"ca", "-config", "clearroom-ca.cnf", "-gencrl", "-crlexts", "crl_ext", "-crlsec",
             QByteArray::number(validitySeconds), "-out", local(fileName)});
    return fileName;
}

} // namespace clearroom::test
