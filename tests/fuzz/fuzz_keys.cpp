// libFuzzer target: any bytes as a secret or public key file.
#include "exchange/key_file.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto keys = kw::exchange::readKeyFile(bytes);
    if (!keys && keys.error().message.isEmpty())
        std::abort();
    return 0;
}
