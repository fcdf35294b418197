// libFuzzer target: any bytes as the check before a release, read against the demo profile:
// as the custodian's check request, answered by HR with the demo HR key (every part opened),
// and as HR's check answer.
#include "exchange/check_file.h"
#include "exchange/demo_keys.h"
#include "fuzz_support.h"
#include "school/hr_part.h"

#include <cstdlib>

using kw::fuzz::mustExplain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const kw::SchoolProfile profile = kw::demoProfile();
    static const kw::exchange::KeySet hr = kw::exchange::demoSchoolKeys();
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto request = kw::exchange::readCheckRequest(bytes, profile);
    mustExplain(request);
    auto answer = kw::school::answerCheckRequest(bytes, profile, hr);
    mustExplain(answer);
    // An answer has exactly one verdict per part asked about, in its order.
    if (answer && (!request || answer->verdicts.size() != request->parts.size()))
        std::abort();
    mustExplain(kw::exchange::readCheckAnswer(bytes, profile));
    return 0;
}
