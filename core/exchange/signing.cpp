#include "exchange/signing.h"

#include "exchange/crypto.h"

namespace kw::exchange {

namespace {

QByteArrayView context(Signed kind)
{
    switch (kind) {
    case Signed::Profile:
        return "kernwijzer/v1/profile";
    case Signed::PublicKeys:
        return "kernwijzer/v1/public-keys";
    case Signed::Handover:
        return "kernwijzer/v1/handover";
    case Signed::BoxKeyProof:
        return "kernwijzer/v1/box-key-proof";
    case Signed::Contribution:
        return "kernwijzer/v1/contribution";
    case Signed::Release:
        return "kernwijzer/v1/release";
    case Signed::Aggregate:
        return "kernwijzer/v1/aggregate";
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

std::optional<Signed> signedKindOf(::kernwijzer::v1::FileKind kind)
{
    switch (kind) {
    case ::kernwijzer::v1::FILE_KIND_PROFILE:
        return Signed::Profile;
    case ::kernwijzer::v1::FILE_KIND_PUBLIC_KEYS:
        return Signed::PublicKeys;
    case ::kernwijzer::v1::FILE_KIND_HANDOVER:
        return Signed::Handover;
    case ::kernwijzer::v1::FILE_KIND_RELEASE:
        return Signed::Release;
    case ::kernwijzer::v1::FILE_KIND_AGGREGATE:
        return Signed::Aggregate;
    default:
        return std::nullopt;
    }
}

QByteArray signedBytes(Signed kind, QByteArrayView payload)
{
    const QByteArrayView name = context(kind);
    QByteArray out;
    out.reserve(name.size() + 1 + payload.size());
    out.append(name).append('\0').append(payload);
    return out;
}

QByteArray signAs(Signed kind, QByteArrayView payload, QByteArrayView secretKey)
{
    return crypto::sign(signedBytes(kind, payload), secretKey);
}

bool verifyAs(
    Signed kind, QByteArrayView payload, QByteArrayView signature, QByteArrayView publicKey)
{
    return crypto::verify(signedBytes(kind, payload), signature, publicKey);
}

} // namespace kw::exchange
