#include "exchange/presence_bits.h"

namespace kw::exchange {

namespace {

qsizetype presenceBytes(size_t metrics)
{
    return qsizetype((metrics + 7) / 8);
}

} // namespace

QByteArray packPresence(const Presence& present)
{
    QByteArray bits(presenceBytes(present.size()), '\0');
    for (size_t i = 0; i < present.size(); ++i) {
        if (present[i])
            bits[qsizetype(i / 8)] = char(bits[qsizetype(i / 8)] | (1 << (i % 8)));
    }
    return bits;
}

std::optional<Presence> unpackPresence(QByteArrayView bits, size_t metrics)
{
    if (bits.size() != presenceBytes(metrics))
        return std::nullopt;
    Presence out(metrics, false);
    for (size_t i = 0; i < size_t(bits.size()) * 8; ++i) {
        const bool set = (quint8(bits[qsizetype(i / 8)]) >> (i % 8)) & 1;
        if (i >= metrics && set)
            return std::nullopt;
        if (i < metrics)
            out[i] = set;
    }
    return out;
}

} // namespace kw::exchange
