// libFuzzer target: any bytes as a contribution file (its clear header, then the part the demo
// custodian's key opens, checked against the demo profile) and as the bytes inside a seal.
#include "exchange/contribution_file.h"
#include "exchange/demo_keys.h"

#include <cstdlib>

namespace {

const kw::exchange::KeySet& custodian()
{
    static const kw::exchange::KeySet keys = kw::exchange::demoCustodianKeys();
    return keys;
}

const kw::SchoolProfile& profile()
{
    static const kw::SchoolProfile p = kw::demoProfile();
    return p;
}

template <typename R> void mustExplain(const R& result)
{
    if (!result && result.error().message.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    mustExplain(kw::exchange::readContributionHeader(bytes));
    mustExplain(kw::exchange::readContributionShare(bytes));
    mustExplain(kw::exchange::openContributionFile(bytes, custodian(), &profile()));
    return 0;
}
