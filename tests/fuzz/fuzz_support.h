#pragma once

#include <cstdlib>

namespace kw::fuzz {

/** Aborts, so that libFuzzer keeps the input, when @p result is a refusal without a reason. */
template <typename R> void mustExplain(const R& result)
{
    if (!result && result.error().message.isEmpty())
        std::abort();
}

} // namespace kw::fuzz
