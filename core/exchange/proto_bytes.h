#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <string>

// The small conversions every exchange format needs between protobuf's bytes fields
// (std::string) and Qt's byte arrays, and the error for a file that does not check out.

namespace kw::exchange {

inline QByteArray qbytes(const std::string& b)
{
    return QByteArray(b.data(), qsizetype(b.size()));
}

inline std::string bytesOf(QByteArrayView b)
{
    return std::string(b.data(), size_t(b.size()));
}

/** A file that parses but does not check out (signature, listing, rules): Untrusted. */
inline Error refused(const QString& why)
{
    return Error { Error::Code::Untrusted, why };
}

} // namespace kw::exchange
