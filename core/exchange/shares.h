#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace kw::exchange {

/** A metric vector or one share of it: unsigned 64-bit slots, arithmetic mod 2^64. */
using Slots = std::vector<std::uint64_t>;

/** Per metric, whether the teacher has a value for it. Travels unsplit (a bit per metric). */
using Presence = std::vector<bool>;

/** A teacher's plain figures: two slots per metric (value, square) and a presence per metric. */
struct MetricVector
{
    Slots values;
    Presence present;
    bool operator==(const MetricVector&) const = default;
};

/** Two additive shares of a vector: h[i] + c[i] == value[i] (mod 2^64). */
struct SharePair
{
    Slots h; ///< sealed to HR
    Slots c; ///< sealed to the custodian
};

/** Where the randomness comes from: libsodium's randombytes in the app, a seeded one in tests. */
using RandomU64 = std::function<std::uint64_t()>;

/** The app's random source: libsodium's randombytes (the system's CSPRNG). */
RandomU64 systemRandom();

/**
 * Splits @p values: share_H uniformly random, share_C = value − share_H (mod 2^64). Either share
 * alone is uniformly distributed whatever the value, so it tells its holder nothing.
 */
SharePair splitShares(const Slots& values, const RandomU64& random);

/** share_H + share_C (mod 2^64): the values again, or the sums when both are sums. */
Slots combineShares(const Slots& h, const Slots& c);

/** Adds @p share into @p sum slot by slot (mod 2^64); @p sum grows to fit. */
void addShares(Slots& sum, const Slots& share);

} // namespace kw::exchange
