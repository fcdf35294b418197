#include "custodian/kept_contribution.h"

#include <QtEndian>

namespace kw::custodian {

QByteArray shareBlob(const exchange::Slots& share)
{
    QByteArray blob(qsizetype(share.size() * sizeof(std::uint64_t)), Qt::Uninitialized);
    for (size_t i = 0; i < share.size(); ++i)
        qToLittleEndian<quint64>(share[i], blob.data() + i * sizeof(std::uint64_t));
    return blob;
}

std::optional<exchange::Slots> shareFromBlob(QByteArrayView blob)
{
    if (blob.size() % qsizetype(sizeof(std::uint64_t)) != 0)
        return std::nullopt;
    exchange::Slots share(size_t(blob.size()) / sizeof(std::uint64_t));
    for (size_t i = 0; i < share.size(); ++i)
        share[i] = qFromLittleEndian<quint64>(blob.data() + i * sizeof(std::uint64_t));
    return share;
}

} // namespace kw::custodian
