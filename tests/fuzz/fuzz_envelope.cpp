// libFuzzer target: any bytes as an exchange file of unknown kind, then the payload the kind
// names. Nothing may crash, leak or trip a sanitizer; every refusal must say why.
#include "exchange/envelope.h"
#include "kernwijzer/v1/contribution.pb.h"
#include "kernwijzer/v1/keys.pb.h"
#include "kernwijzer/v1/profile.pb.h"
#include "kernwijzer/v1/release.pb.h"

#include <cstdlib>

namespace v1 = ::kernwijzer::v1;

template <typename Message> void readAs(const v1::Envelope& envelope)
{
    auto payload = kw::exchange::readPayload<Message>(envelope);
    if (!payload && payload.error().message.isEmpty())
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto envelope = kw::exchange::readEnvelope(bytes);
    if (!envelope) {
        if (envelope.error().message.isEmpty())
            std::abort();
        return 0;
    }
    switch (envelope->kind()) {
    case v1::FILE_KIND_PROFILE:
        readAs<v1::SchoolProfile>(*envelope);
        break;
    case v1::FILE_KIND_CONTRIBUTION:
        readAs<v1::ContributionHeader>(*envelope);
        break;
    case v1::FILE_KIND_RELEASE:
        readAs<v1::Release>(*envelope);
        break;
    case v1::FILE_KIND_AGGREGATE:
        readAs<v1::Aggregate>(*envelope);
        break;
    case v1::FILE_KIND_PUBLIC_KEYS:
        readAs<v1::PublicKeys>(*envelope);
        break;
    case v1::FILE_KIND_SECRET_KEYS:
        readAs<v1::SecretKeys>(*envelope);
        break;
    case v1::FILE_KIND_LOCKED_SECRET_KEYS:
        readAs<v1::LockedSecretKeys>(*envelope);
        break;
    default:
        break;
    }
    return 0;
}
