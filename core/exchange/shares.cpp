#include "exchange/shares.h"

#include "exchange/crypto.h"

#include <algorithm>

namespace kw::exchange {

// Unsigned arithmetic in C++ is defined modulo 2^64: no overflow checks are needed or wanted.

RandomU64 systemRandom()
{
    return [] { return crypto::randomU64(); };
}

SharePair splitShares(const Slots& values, const RandomU64& random)
{
    SharePair pair;
    pair.h.reserve(values.size());
    pair.c.reserve(values.size());
    for (const std::uint64_t value : values) {
        const std::uint64_t h = random();
        pair.h.push_back(h);
        pair.c.push_back(value - h);
    }
    return pair;
}

Slots combineShares(const Slots& h, const Slots& c)
{
    Slots out(std::max(h.size(), c.size()), 0);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = (i < h.size() ? h[i] : 0) + (i < c.size() ? c[i] : 0);
    return out;
}

void addShares(Slots& sum, const Slots& share)
{
    if (sum.size() < share.size())
        sum.resize(share.size(), 0);
    for (std::size_t i = 0; i < share.size(); ++i)
        sum[i] += share[i];
}

} // namespace kw::exchange
