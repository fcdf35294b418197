// libFuzzer target: any bytes as a custodian handover file (.kwoverdracht), read as a device
// reads each handover a profile carries. Every refusal must carry a reason.
#include "exchange/custodian_handover.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto handover = kw::exchange::readHandoverFile(bytes);
    if (!handover && handover.error().message.isEmpty())
        std::abort();
    return 0;
}
