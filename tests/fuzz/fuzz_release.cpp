// libFuzzer target: any bytes as a custodian's release, read against the demo profile, then
// checked in full as HR checks it (HR's parts opened with the demo HR key, the rules run
// again), with and without an earlier release of the period.
#include "exchange/demo_keys.h"
#include "exchange/release_file.h"
#include "fuzz_support.h"
#include "school/release_check.h"

#include <cstdlib>

using kw::fuzz::mustExplain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const kw::SchoolProfile profile = kw::demoProfile();
    static const kw::exchange::KeySet hr = kw::exchange::demoSchoolKeys();
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    mustExplain(kw::exchange::readReleaseFile(bytes, profile));
    auto checked = kw::school::checkRelease(bytes, profile, hr, {});
    mustExplain(checked);
    if (checked)
        mustExplain(
            kw::school::checkRelease(bytes, profile, hr, { checked->release.contributions }));
    return 0;
}
