// libFuzzer target: any bytes as a school profile file, read and verified as a teacher's device
// does (signatures, expiry, every profile rule).
#include "exchange/profile_file.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto read = kw::exchange::readProfileFile(bytes);
    if (!read && read.error().message.isEmpty())
        std::abort();
    auto verified = kw::exchange::verifyProfileFile(bytes, QDate(2026, 11, 20));
    if (!verified && verified.error().message.isEmpty())
        std::abort();
    // A verified profile must be one the rest of the app accepts as well.
    if (verified && !verified->validate())
        std::abort();
    return 0;
}
