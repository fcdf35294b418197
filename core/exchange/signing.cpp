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
    case Signed::CheckRequest:
        return "kernwijzer/v1/check-request";
    case Signed::CheckAnswer:
        return "kernwijzer/v1/check-answer";
    case Signed::Preparation:
        return "kernwijzer/v1/preparation";
    case Signed::Verslag:
        return "kernwijzer/v1/verslag";
    case Signed::Response:
        return "kernwijzer/v1/response";
    case Signed::KeyBinding:
        return "kernwijzer/v1/key-binding";
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
    case ::kernwijzer::v1::FILE_KIND_CHECK_REQUEST:
        return Signed::CheckRequest;
    case ::kernwijzer::v1::FILE_KIND_CHECK_ANSWER:
        return Signed::CheckAnswer;
    case ::kernwijzer::v1::FILE_KIND_PREPARATION:
        return Signed::Preparation;
    case ::kernwijzer::v1::FILE_KIND_VERSLAG:
        return Signed::Verslag;
    case ::kernwijzer::v1::FILE_KIND_RESPONSE:
        return Signed::Response;
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

void addSignature(::kernwijzer::v1::Envelope& envelope, Signed kind, ::kernwijzer::v1::Party signer,
    QByteArrayView signPublic, QByteArrayView signSecret)
{
    auto* signature = envelope.add_signatures();
    signature->set_signer(signer);
    signature->set_public_key(signPublic.data(), size_t(signPublic.size()));
    const QByteArray made = signAs(kind,
        QByteArrayView(envelope.payload().data(), qsizetype(envelope.payload().size())),
        signSecret);
    signature->set_signature(made.constData(), size_t(made.size()));
}

bool isSignedOnlyBy(const ::kernwijzer::v1::Envelope& envelope, Signed kind,
    ::kernwijzer::v1::Party signer, QByteArrayView publicKey)
{
    if (envelope.signatures_size() != 1)
        return false;
    const auto& s = envelope.signatures(0);
    const auto view
        = [](const std::string& b) { return QByteArrayView(b.data(), qsizetype(b.size())); };
    return s.signer() == signer && view(s.public_key()) == publicKey
        && verifyAs(kind, view(envelope.payload()), view(s.signature()), publicKey);
}

} // namespace kw::exchange
