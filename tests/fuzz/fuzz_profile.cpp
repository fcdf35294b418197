// libFuzzer target: any bytes as a school profile file, read and verified as a teacher's device
// does (signatures, expiry, every profile rule). Every refusal must carry a reason.
#include "exchange/profile_file.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto verified = kw::exchange::verifyProfileFile(bytes, QDate(2026, 11, 20));
    if (!verified && verified.error().message.isEmpty())
        std::abort();
    return 0;
}
