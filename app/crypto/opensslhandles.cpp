// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "opensslhandles.h"

#include <QDateTime>
#include <QStringList>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <ctime>

namespace clearroom::crypto::ossl {

Bio memoryReader(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

Bio memoryWriter()
{
    return Bio(BIO_new(BIO_s_mem()));
}

QByteArray contents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

QString takeErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        parts.append(QString::fromLatin1(text));
    }
    return parts.join(QStringLiteral("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

bool pemEndedCleanly()
{
    const unsigned long last = ERR_peek_last_error();
    return !last
        || (ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE);
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm broken = {};
    if (!time || ASN1_TIME_to_tm(time, &broken) != 1)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(timegm(&broken)), Qt::UTC);
}

QString integerHex(const ASN1_INTEGER *number)
{
    BIGNUM *value = number ? ASN1_INTEGER_to_BN(number, nullptr) : nullptr;
    char *hex = value ? BN_bn2hex(value) : nullptr;
    const QString text = hex ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    BN_free(value);
    return text;
}

QString oidText(const ASN1_OBJECT *object)
{
    char text[128];
    const int length = OBJ_obj2txt(text, sizeof text, object, 1);
    if (length <= 0 || length >= int(sizeof text))
        return {};
    return QString::fromLatin1(text, length);
}

} // namespace clearroom::crypto::ossl
