#pragma once

#include "exchange/shares.h"

#include <QByteArray>
#include <optional>

namespace kw::exchange {

/**
 * Presence as a contribution file carries it (ContributionBinding.presence): one bit per
 * metric, bit i is (byte i/8 >> i%8) & 1, spare bits of the last byte zero.
 */
QByteArray packPresence(const Presence& present);

/** The bits of @p bits for @p metrics metrics; nothing when the length or a spare bit is off
 * (one spelling only). */
std::optional<Presence> unpackPresence(QByteArrayView bits, size_t metrics);

} // namespace kw::exchange
